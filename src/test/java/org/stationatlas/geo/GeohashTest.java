package org.stationatlas.geo;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Geohash against published reference values, and round trips through the cell bounds.
 */
class GeohashTest {

	@Test
	void encodesPublishedReferenceValues() {
		// Wikipedia's "Geohash" article: Jutland, Denmark.
		assertThat(Geohash.encode(57.64911, 10.40744, 11)).isEqualTo("u4pruydqqvj");
		// The README of Eleme/geohash (PHP): Shanghai.
		assertThat(Geohash.encode(31.283131, 121.500831, 12)).isEqualTo("wtw3uyfjqw61");
		// The README of go-pay/util geohash, with its bit-by-bit derivation: Beijing.
		assertThat(Geohash.encode(39.928167, 116.389550, 6)).isEqualTo("wx4g0s");
		// Chengdu, Tianfu Square: Redis GEOHASH answers "wm6n2j4ec90", whose last
		// character
		// is not significant (Redis keeps 52 bits).
		assertThat(Geohash.encode(30.658, 104.066, 10)).isEqualTo("wm6n2j4ec9");
	}

	@Test
	void aShorterGeohashIsAPrefixOfTheLongerOne() {
		String full = Geohash.encode(30.658, 104.066, 12);
		for (int precision = 1; precision <= 12; precision++) {
			assertThat(Geohash.encode(30.658, 104.066, precision)).isEqualTo(full.substring(0, precision));
		}
	}

	@Test
	void decodesTheWikipediaExample() {
		double[] bounds = Geohash.bounds("ezs42");
		assertThat((bounds[0] + bounds[2]) / 2).isCloseTo(42.605, within(0.001));
		assertThat((bounds[1] + bounds[3]) / 2).isCloseTo(-5.603, within(0.001));
	}

	@Test
	void roundTripsKeepThePointInsideItsCell() {
		Random random = new Random(42);
		for (int i = 0; i < 2000; i++) {
			double lat = random.nextDouble() * 180 - 90;
			double lng = random.nextDouble() * 360 - 180;
			int precision = 1 + random.nextInt(12);
			String hash = Geohash.encode(lat, lng, precision);
			double[] bounds = Geohash.bounds(hash);
			assertThat(lat).isGreaterThanOrEqualTo(bounds[0]).isLessThan(bounds[2]);
			assertThat(lng).isGreaterThanOrEqualTo(bounds[1]).isLessThan(bounds[3]);
			assertThat(Geohash.encode((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, precision))
				.isEqualTo(hash);
		}
	}

	@Test
	void aCellHoldsItsSouthAndWestEdgesOnly() {
		double[] bounds = Geohash.bounds("wm6n2j4");
		assertThat(Geohash.encode(bounds[0], bounds[1], 7)).isEqualTo("wm6n2j4");
		assertThat(Geohash.encode(bounds[2], bounds[1], 7)).isNotEqualTo("wm6n2j4");
		assertThat(Geohash.encode(bounds[0], bounds[3], 7)).isNotEqualTo("wm6n2j4");
	}

	@Test
	void handlesTheEdgesOfTheWorld() {
		assertThat(Geohash.encode(-90, -180, 4)).isEqualTo("0000");
		assertThat(Geohash.encode(90, 180, 4)).isEqualTo("zzzz");
	}

	@Test
	void refusesBadInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> Geohash.encode(91, 0, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Geohash.encode(0, -180.5, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Geohash.encode(Double.NaN, 0, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Geohash.encode(0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Geohash.encode(0, 0, 13));
		assertThatIllegalArgumentException().isThrownBy(() -> Geohash.bounds("wm6a"));
	}

}
