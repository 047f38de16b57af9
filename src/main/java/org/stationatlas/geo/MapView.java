package org.stationatlas.geo;

import org.stationatlas.system.ApiException;

/**
 * What every map query checks about the view it is asked for: the zoom and its geohash
 * cell size, and the box.
 */
public final class MapView {

	private MapView() {
	}

	/**
	 * Web-map zoom levels to geohash lengths, so that a screen-sized view holds some
	 * hundreds to a few thousand cells: 1–3 → 2 (about 1250 km), 4–5 → 3 (156 km), 6–8 →
	 * 4 (39 km), 9–11 → 5 (4.9 km), 12–14 → 6 (1.2 km), 15–20 → 7 (153 m).
	 */
	public static int precision(int zoom) {
		if (zoom < 1 || zoom > 20) {
			throw ApiException.badInput("ZOOM_OUT_OF_RANGE", "zoom 应在 1 到 20 之间");
		}
		return (zoom <= 3) ? 2 : (zoom <= 5) ? 3 : (zoom <= 8) ? 4 : (zoom <= 11) ? 5 : (zoom <= 14) ? 6 : 7;
	}

	/**
	 * Refuses a box out of range, upside down, or crossing the date line (not supported).
	 */
	public static void checkBox(double south, double west, double north, double east) {
		if (!GeoPoint.inRange(south, west) || !GeoPoint.inRange(north, east)) {
			throw ApiException.badInput("COORDINATE_OUT_OF_RANGE", "坐标超出范围：纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间");
		}
		if (south > north) {
			throw ApiException.badInput("INVALID_BBOX", "范围无效：south 不能大于 north");
		}
		if (west > east) {
			throw ApiException.badInput("INVALID_BBOX", "范围无效：west 不能大于 east（不支持跨越 180° 经线的范围）");
		}
	}

}
