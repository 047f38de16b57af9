package org.stationatlas.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GeoJSON geometry with every position converted from WGS-84 to another coordinate
 * system.
 */
public final class GeoJsonConversion {

	private GeoJsonConversion() {
	}

	public static Map<String, Object> convert(Map<String, Object> geometry, CoordSystem to) {
		if (geometry == null || to == null || to == CoordSystem.WGS84) {
			return geometry;
		}
		Map<String, Object> result = new LinkedHashMap<>(geometry);
		result.put("coordinates", positions(geometry.get("coordinates"), to));
		return result;
	}

	/** Note that a position is the innermost list of numbers, {@code [lng, lat]}. */
	private static Object positions(Object value, CoordSystem to) {
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Number) {
			GeoPoint p = to
				.fromWgs84(new GeoPoint(((Number) list.get(1)).doubleValue(), ((Number) list.get(0)).doubleValue()));
			return List.of(p.lng(), p.lat());
		}
		if (value instanceof List<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			list.forEach((item) -> converted.add(positions(item, to)));
			return converted;
		}
		return value;
	}

}
