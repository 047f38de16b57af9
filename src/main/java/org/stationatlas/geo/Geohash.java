package org.stationatlas.geo;

/**
 * Geohash cells (base-32, interleaved longitude and latitude bits): precision 8 is about
 * 38 m by 19 m. A cell's prefixes are the cells that contain it, which is what lets SQL
 * aggregate points by {@code LEFT(geohash, n)}.
 */
public final class Geohash {

	private static final String BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

	private Geohash() {
	}

	public static String encode(double lat, double lng, int precision) {
		if (precision < 1 || precision > 12 || !GeoPoint.inRange(lat, lng)) {
			throw new IllegalArgumentException("Bad geohash input");
		}
		double[] latRange = { -90, 90 };
		double[] lngRange = { -180, 180 };
		StringBuilder hash = new StringBuilder(precision);
		boolean evenBit = true;
		int bit = 0;
		int ch = 0;
		while (hash.length() < precision) {
			double[] range = evenBit ? lngRange : latRange;
			double value = evenBit ? lng : lat;
			double mid = (range[0] + range[1]) / 2;
			ch <<= 1;
			if (value >= mid) {
				ch |= 1;
				range[0] = mid;
			}
			else {
				range[1] = mid;
			}
			evenBit = !evenBit;
			if (++bit == 5) {
				hash.append(BASE32.charAt(ch));
				bit = 0;
				ch = 0;
			}
		}
		return hash.toString();
	}

	/** The cell's bounds as {@code [south, west, north, east]}. */
	public static double[] bounds(String hash) {
		double[] latRange = { -90, 90 };
		double[] lngRange = { -180, 180 };
		boolean evenBit = true;
		for (char c : hash.toCharArray()) {
			int index = BASE32.indexOf(c);
			if (index < 0) {
				throw new IllegalArgumentException("Not a geohash: " + hash);
			}
			for (int i = 4; i >= 0; i--) {
				double[] range = evenBit ? lngRange : latRange;
				double mid = (range[0] + range[1]) / 2;
				if (((index >> i) & 1) == 1) {
					range[0] = mid;
				}
				else {
					range[1] = mid;
				}
				evenBit = !evenBit;
			}
		}
		return new double[] { latRange[0], lngRange[0], latRange[1], lngRange[1] };
	}

}
