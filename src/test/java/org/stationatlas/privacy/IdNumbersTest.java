package org.stationatlas.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

	@Test
	void acceptsNumbersWithTheRightCheckCharacterAndDate() {
		assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
		assertThat(IdNumbers.isValid(" 110101199003071233 ")).isTrue();
		assertThat(IdNumbers.isValid("51019920000229123X")).as("29 February of a leap year").isTrue();
		assertThat(IdNumbers.birthDate("110101199003071233")).hasToString("1990-03-07");
	}

	@Test
	void refusesWrongCheckCharactersLengthsAndDates() {
		assertThat(IdNumbers.isValid("110101199003071234")).isFalse();
		assertThat(IdNumbers.isValid("11010519491231002")).isFalse();
		assertThat(IdNumbers.isValid("1101011990030712330")).isFalse();
		assertThat(IdNumbers.isValid("11010119900230123X")).as("30 February").isFalse();
		assertThat(IdNumbers.isValid("110101299003071233")).as("born in the future").isFalse();
		assertThat(IdNumbers.isValid("11010119900307123A")).isFalse();
		assertThat(IdNumbers.isValid(null)).isFalse();
	}

	@Test
	void normalisesTheCheckCharacter() {
		assertThat(IdNumbers.normalise(" 11010519491231002x")).isEqualTo("11010519491231002X");
	}

}
