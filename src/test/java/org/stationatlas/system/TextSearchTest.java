package org.stationatlas.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextSearchTest {

	@Test
	void escapesLikeWildcardsAndTheEscapeCharacter() {
		assertThat(TextSearch.containsPattern("50%_off")).isEqualTo("%50\\%\\_off%");
		assertThat(TextSearch.containsPattern("a\\b")).isEqualTo("%a\\\\b%");
		assertThat(TextSearch.containsPattern("  禾丰 ")).isEqualTo("%禾丰%");
	}

	@Test
	void blankMeansNoFilter() {
		assertThat(TextSearch.containsPattern(null)).isNull();
		assertThat(TextSearch.containsPattern(" \t ")).isNull();
	}

	@Test
	void refusesMoreThanFiftyCharacters() {
		assertThat(TextSearch.containsPattern("社".repeat(50))).hasSize(52);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> TextSearch.containsPattern("社".repeat(51)))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
				assertThat(ex.reason()).isEqualTo("TEXT_TOO_LONG");
				assertThat(ex.getMessage()).contains("最长");
			});
	}

}
