package org.stationatlas.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void masksTheMiddleOfPhonesAndIdNumbers() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.phone("028-87654321")).isEqualTo("028-****4321");
		assertThat(Masking.idNumber("110101199003071233")).isEqualTo("110***********1233");
		assertThat(Masking.phone("12345")).isEqualTo("*****");
		assertThat(Masking.phone(null)).isNull();
	}

}
