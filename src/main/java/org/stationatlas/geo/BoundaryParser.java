package org.stationatlas.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks GeoJSON boundaries: Polygon or MultiPolygon, {@code [lng, lat]}
 * positions in range, closed rings of at least four positions, and a valid topology (no
 * self-crossing, holes inside their shell). Errors are Chinese sentences that name the
 * part and ring, because a person drew the shape and must find the mistake.
 */
public final class BoundaryParser {

	/**
	 * Note that a street-level boundary needs hundreds of points, not hundreds of
	 * thousands.
	 */
	public static final int MAX_POSITIONS = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private BoundaryParser() {
	}

	/** The outcome: a boundary, or the reason it was refused. */
	public record Result(Boundary boundary, String code, String message) {

		static Result error(String code, String message) {
			return new Result(null, code, message);
		}

		public boolean isValid() {
			return this.boundary != null;
		}

	}

	/** Reads what the database stored; it was valid when written. */
	public static Boundary fromStored(String geoJsonText) {
		try {
			Result result = parse(JSON.readValue(geoJsonText, Map.class));
			if (!result.isValid()) {
				throw new IllegalStateException("Stored boundary is invalid: " + result.message());
			}
			return result.boundary();
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Stored boundary is not JSON", ex);
		}
	}

	public static Result parse(Object input) {
		if (!(input instanceof Map<?, ?> map)) {
			return Result.error("INVALID_GEOJSON",
					"边界必须是 GeoJSON 几何对象，例如 {\"type\":\"Polygon\",\"coordinates\":[...]}");
		}
		Object type = map.get("type");
		Object coordinates = map.get("coordinates");
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			return Result.error("UNSUPPORTED_GEOMETRY", "边界的 type 必须是 Polygon 或 MultiPolygon");
		}
		if (!(coordinates instanceof List<?> parts) || parts.isEmpty()) {
			return Result.error("INVALID_GEOJSON", "边界缺少 coordinates");
		}
		try {
			List<?> polygons = "Polygon".equals(type) ? List.of(parts) : parts;
			int[] budget = { MAX_POSITIONS };
			List<Polygon> built = new ArrayList<>();
			List<Object> normalised = new ArrayList<>();
			for (int p = 0; p < polygons.size(); p++) {
				List<List<Object>> rings = new ArrayList<>();
				built.add(polygon(polygons.get(p), p, rings, budget));
				normalised.add(rings);
			}
			Geometry geometry = (built.size() == 1) ? built.get(0)
					: FACTORY.createMultiPolygon(built.toArray(Polygon[]::new));
			TopologyValidationError topology = new IsValidOp(geometry).getValidationError();
			if (topology != null) {
				return Result.error("INVALID_TOPOLOGY",
						"边界图形无效（" + describe(topology) + "），位置约在 经度 " + GeoPoint.round6(topology.getCoordinate().x)
								+ "，纬度 " + GeoPoint.round6(topology.getCoordinate().y));
			}
			Map<String, Object> geoJson = new LinkedHashMap<>();
			geoJson.put("type", type);
			geoJson.put("coordinates", "Polygon".equals(type) ? normalised.get(0) : normalised);
			return new Result(new Boundary(geometry, geoJson, JSON.writeValueAsString(geoJson)), null, null);
		}
		catch (BadShape ex) {
			return Result.error(ex.code, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			// JTS refuses rings whose points collapse onto each other before orientation
			// can be judged.
			return Result.error("INVALID_TOPOLOGY", "边界图形无效（环的有效坐标点太少）");
		}
	}

	private static Polygon polygon(Object value, int part, List<List<Object>> normalisedRings, int[] budget) {
		if (!(value instanceof List<?> rings) || rings.isEmpty()) {
			throw new BadShape("INVALID_GEOJSON", "第 " + (part + 1) + " 个多边形没有环");
		}
		LinearRing shell = null;
		List<LinearRing> holes = new ArrayList<>();
		for (int r = 0; r < rings.size(); r++) {
			Coordinate[] coords = ring(rings.get(r), part, r, budget);
			boolean shouldBeCcw = (r == 0);
			if (Orientation.isCCW(coords) != shouldBeCcw) {
				Collections.reverse(Arrays.asList(coords));
			}
			LinearRing ring = FACTORY.createLinearRing(coords);
			if (r == 0) {
				shell = ring;
			}
			else {
				holes.add(ring);
			}
			List<Object> positions = new ArrayList<>(coords.length);
			for (Coordinate c : coords) {
				positions.add(List.of(c.x, c.y));
			}
			normalisedRings.add(positions);
		}
		return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
	}

	private static Coordinate[] ring(Object value, int part, int index, int[] budget) {
		String where = "第 " + (part + 1) + " 个多边形的第 " + (index + 1) + " 个环";
		if (!(value instanceof List<?> positions)) {
			throw new BadShape("INVALID_GEOJSON", where + "不是坐标数组");
		}
		budget[0] -= positions.size();
		if (budget[0] < 0) {
			throw new BadShape("TOO_MANY_POSITIONS", "边界最多 " + MAX_POSITIONS + " 个坐标点");
		}
		if (positions.size() < 4) {
			throw new BadShape("RING_TOO_SHORT", where + "至少需要 4 个坐标点（首尾相同）");
		}
		Coordinate[] coords = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			coords[i] = position(positions.get(i), where, i);
		}
		if (!coords[0].equals2D(coords[coords.length - 1])) {
			throw new BadShape("RING_NOT_CLOSED", where + "未闭合：最后一个坐标点必须与第一个相同");
		}
		return coords;
	}

	private static Coordinate position(Object value, String where, int i) {
		if (!(value instanceof List<?> pair) || pair.size() < 2 || pair.size() > 3
				|| !(pair.get(0) instanceof Number lngValue) || !(pair.get(1) instanceof Number latValue)) {
			throw new BadShape("INVALID_GEOJSON", where + "的第 " + (i + 1) + " 个坐标点必须是 [经度, 纬度]");
		}
		double lng = lngValue.doubleValue();
		double lat = latValue.doubleValue();
		if (!GeoPoint.inRange(lat, lng)) {
			throw new BadShape("COORDINATE_OUT_OF_RANGE",
					where + "的第 " + (i + 1) + " 个坐标点超出范围：经度应在 -180 到 180 之间，纬度应在 -90 到 90 之间");
		}
		return new Coordinate(GeoPoint.round6(lng), GeoPoint.round6(lat));
	}

	private static String describe(TopologyValidationError error) {
		return switch (error.getErrorType()) {
			case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "边界自相交";
			case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内环在外环之外";
			case TopologyValidationError.NESTED_HOLES -> "内环相互嵌套";
			case TopologyValidationError.DISCONNECTED_INTERIOR -> "内部不连通";
			case TopologyValidationError.NESTED_SHELLS -> "多个多边形相互嵌套";
			case TopologyValidationError.DUPLICATE_RINGS -> "存在重复的环";
			case TopologyValidationError.TOO_FEW_POINTS -> "环的有效坐标点太少";
			default -> "拓扑错误";
		};
	}

	/** A shape problem found while reading; carries its code to {@link Result}. */
	private static final class BadShape extends RuntimeException {

		private final String code;

		BadShape(String code, String message) {
			super(message, null, false, false);
			this.code = code;
		}

	}

}
