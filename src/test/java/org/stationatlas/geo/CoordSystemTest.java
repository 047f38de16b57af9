package org.stationatlas.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Coordinate conversions against published reference pairs, and round trips.
 */
class CoordSystemTest {

	@Test
	void matchesTheCoordtransformReferenceValues() {
		// wandergis/coordtransform, test/app.js: Beijing, (lng, lat) = (116.404, 39.915).
		GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(new GeoPoint(39.915, 116.404));
		assertThat(gcj.lng()).isCloseTo(116.41024449916938, within(1e-12));
		assertThat(gcj.lat()).isCloseTo(39.91640428150164, within(1e-12));
		GeoPoint bd = CoordSystem.gcjToBd(39.915, 116.404);
		assertThat(bd.lng()).isCloseTo(116.41036949371029, within(1e-12));
		assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-12));
		GeoPoint fromBd = CoordSystem.bdToGcj(39.915, 116.404);
		assertThat(fromBd.lng()).isCloseTo(116.39762729119315, within(1e-12));
		assertThat(fromBd.lat()).isCloseTo(39.90865673957631, within(1e-12));
	}

	@Test
	void matchesTheGeotoolReferenceTriple() {
		// Glatzel/pyxis, python/tests/test_crypto.py: one point near Shanghai in all
		// three.
		GeoPoint wgs = new GeoPoint(30.6107779, 121.0917077);
		GeoPoint gcj = new GeoPoint(30.608604331756705, 121.09626935575027);
		GeoPoint bd = new GeoPoint(30.61484572185035, 121.10271732371203);
		assertClose(CoordSystem.GCJ02.fromWgs84(wgs), gcj, 1e-6);
		assertClose(CoordSystem.BD09.fromWgs84(wgs), bd, 1e-6);
		assertClose(CoordSystem.GCJ02.toWgs84(gcj.lat(), gcj.lng()), wgs, 1e-6);
		assertClose(CoordSystem.BD09.toWgs84(bd.lat(), bd.lng()), wgs, 1e-6);
	}

	@Test
	void theInverseIsExactNotTheOneStepApproximation() {
		// The one-step answer published with coordtransform, (116.39775550083061,
		// 39.91359571849836), is 6 cm off here (up to about 5 m elsewhere in China); the
		// iterated one maps back onto the input.
		GeoPoint wgs = CoordSystem.GCJ02.toWgs84(39.915, 116.404);
		assertClose(CoordSystem.GCJ02.fromWgs84(wgs), new GeoPoint(39.915, 116.404), 1e-7);
		assertThat(meters(wgs, new GeoPoint(39.91359571849836, 116.39775550083061))).isBetween(0.01, 0.2);
	}

	@Test
	void roundTripsAcrossChinaWithinAMetre() {
		for (double lat = 18.0; lat <= 53.5; lat += 0.5) {
			for (double lng = 73.5; lng <= 134.5; lng += 0.5) {
				GeoPoint wgs = new GeoPoint(lat, lng);
				for (CoordSystem system : CoordSystem.values()) {
					GeoPoint there = system.fromWgs84(wgs);
					GeoPoint back = system.toWgs84(there.lat(), there.lng());
					assertThat(meters(wgs, back)).as("%s at %s", system, wgs).isLessThan(1.0);
				}
			}
		}
	}

	@Test
	void gcj02ShiftsPointsInChinaByHundredsOfMetres() {
		GeoPoint shanghai = new GeoPoint(31.2, 121.4);
		assertThat(meters(shanghai, CoordSystem.GCJ02.fromWgs84(shanghai))).isBetween(100.0, 1000.0);
	}

	@Test
	void outsideChinaGcj02IsWgs84() {
		for (GeoPoint p : new GeoPoint[] { new GeoPoint(51.5074, -0.1278), new GeoPoint(-33.8688, 151.2093),
				new GeoPoint(40.7128, -74.006), new GeoPoint(56.5, 120.0), new GeoPoint(0.5, 100.0) }) {
			assertThat(CoordSystem.GCJ02.fromWgs84(p)).isEqualTo(p);
			assertThat(CoordSystem.GCJ02.toWgs84(p.lat(), p.lng())).isEqualTo(p);
		}
	}

	@Test
	void wgs84IsTheIdentity() {
		GeoPoint p = new GeoPoint(30.5, 104.0);
		assertThat(CoordSystem.WGS84.fromWgs84(p)).isEqualTo(p);
		assertThat(CoordSystem.WGS84.toWgs84(30.5, 104.0)).isEqualTo(p);
	}

	@Test
	void bd09RoundTripsThroughGcj02() {
		for (double lat = 20.0; lat <= 50.0; lat += 2.5) {
			for (double lng = 80.0; lng <= 130.0; lng += 2.5) {
				GeoPoint gcj = new GeoPoint(lat, lng);
				GeoPoint bd = CoordSystem.gcjToBd(lat, lng);
				assertThat(meters(gcj, bd)).isGreaterThan(100);
				assertThat(meters(gcj, CoordSystem.bdToGcj(bd.lat(), bd.lng()))).isLessThan(1.0);
			}
		}
	}

	private static void assertClose(GeoPoint actual, GeoPoint expected, double degrees) {
		assertThat(actual.lat()).isCloseTo(expected.lat(), within(degrees));
		assertThat(actual.lng()).isCloseTo(expected.lng(), within(degrees));
	}

	/** Haversine distance on a sphere of the mean Earth radius. */
	static double meters(GeoPoint a, GeoPoint b) {
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLng = Math.toRadians(b.lng() - a.lng());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.lat()))
				* Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLng / 2), 2);
		return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
	}

}
