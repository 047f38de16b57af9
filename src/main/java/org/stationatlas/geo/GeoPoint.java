package org.stationatlas.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A WGS-84 point, as stored ({@code DECIMAL(9,6)}: about 0.1 m).
 */
public record GeoPoint(double lat, double lng) {

	/**
	 * Rounds to the six decimals the database keeps, so what a client writes is what it
	 * reads back.
	 */
	public static GeoPoint rounded(double lat, double lng) {
		return new GeoPoint(round6(lat), round6(lng));
	}

	public static boolean inRange(double lat, double lng) {
		return Double.isFinite(lat) && Double.isFinite(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
	}

	/** Builds a point from two nullable columns; {@code null} unless both are present. */
	public static GeoPoint ofNullable(BigDecimal lat, BigDecimal lng) {
		return (lat == null || lng == null) ? null : new GeoPoint(lat.doubleValue(), lng.doubleValue());
	}

	static double round6(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

}
