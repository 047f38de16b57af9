package org.stationatlas.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

	@Test
	void acceptsMobilesAndLandlinesInTheirUsualSpellings() {
		assertThat(PhoneNumbers.normalise("+86 138 1234 5678")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.normalise("8613812345678")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.normalise("02887654321")).isEqualTo("028-87654321");
		assertThat(PhoneNumbers.isValid("13812345678")).isTrue();
		assertThat(PhoneNumbers.isValid("028-87654321")).isTrue();
		assertThat(PhoneNumbers.isValid("0755-1234567")).isTrue();
	}

	@Test
	void refusesWhatIsNoPhoneNumber() {
		assertThat(PhoneNumbers.isValid("12812345678")).isFalse();
		assertThat(PhoneNumbers.isValid("1381234567")).isFalse();
		assertThat(PhoneNumbers.isValid("phone")).isFalse();
		assertThat(PhoneNumbers.isValid("' OR 1=1 --")).isFalse();
		assertThat(PhoneNumbers.isValid(null)).isFalse();
	}

}
