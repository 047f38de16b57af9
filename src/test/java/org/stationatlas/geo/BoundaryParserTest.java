package org.stationatlas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundaryParserTest {

	/** A square near the demo district, drawn clockwise, with more than six decimals. */
	private static final List<List<Double>> CLOCKWISE_SQUARE = List.of(List.of(104.0400004, 30.6200004),
			List.of(104.04, 30.63), List.of(104.05, 30.63), List.of(104.05, 30.62), List.of(104.0400004, 30.6200004));

	@Test
	void acceptsPolygonAndNormalisesIt() {
		List<List<Double>> hole = List.of(List.of(104.044, 30.624), List.of(104.046, 30.624), List.of(104.046, 30.626),
				List.of(104.044, 30.626), List.of(104.044, 30.624));
		BoundaryParser.Result result = BoundaryParser.parse(polygon(CLOCKWISE_SQUARE, hole));
		assertThat(result.isValid()).isTrue();
		assertThat(result.boundary().geoJson()).containsEntry("type", "Polygon");
		// Exterior reversed to counter-clockwise and rounded; hole reversed to clockwise.
		assertThat(result.boundary().geoJson().get("coordinates")).isEqualTo(List.of(
				List.of(List.of(104.04, 30.62), List.of(104.05, 30.62), List.of(104.05, 30.63), List.of(104.04, 30.63),
						List.of(104.04, 30.62)),
				List.of(List.of(104.044, 30.624), List.of(104.044, 30.626), List.of(104.046, 30.626),
						List.of(104.046, 30.624), List.of(104.044, 30.624))));
		assertThat(result.boundary().geoJsonText())
			.startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[104.04,30.62],");
	}

	@Test
	void acceptsMultiPolygon() {
		List<List<Double>> east = List.of(List.of(104.06, 30.62), List.of(104.07, 30.62), List.of(104.07, 30.63),
				List.of(104.06, 30.63), List.of(104.06, 30.62));
		Map<String, Object> multi = Map.of("type", "MultiPolygon", "coordinates",
				List.of(List.of(CLOCKWISE_SQUARE), List.of(east)));
		BoundaryParser.Result result = BoundaryParser.parse(multi);
		assertThat(result.isValid()).isTrue();
		assertThat(result.boundary().geoJson()).containsEntry("type", "MultiPolygon");
		assertThat(result.boundary().covers(new GeoPoint(30.625, 104.045))).isTrue();
		assertThat(result.boundary().covers(new GeoPoint(30.625, 104.065))).isTrue();
		assertThat(result.boundary().covers(new GeoPoint(30.625, 104.055))).isFalse();
	}

	@Test
	void coversInsideAndEdgeButNotOutside() {
		Boundary square = BoundaryParser.parse(polygon(CLOCKWISE_SQUARE)).boundary();
		assertThat(square.covers(new GeoPoint(30.625, 104.045))).isTrue();
		assertThat(square.covers(new GeoPoint(30.62, 104.045))).isTrue();
		assertThat(square.covers(new GeoPoint(30.625, 104.04))).isTrue();
		assertThat(square.covers(new GeoPoint(30.635, 104.045))).isFalse();
		assertThat(square.covers(new GeoPoint(30.625, 104.0399))).isFalse();
	}

	@Test
	void interiorPointLiesInsideAConcaveShape() {
		// A "C" open to the east: its centroid (about 30.615, 104.0136) falls in the
		// notch.
		List<List<Double>> shape = List.of(List.of(104.00, 30.60), List.of(104.03, 30.60), List.of(104.03, 30.61),
				List.of(104.01, 30.61), List.of(104.01, 30.62), List.of(104.03, 30.62), List.of(104.03, 30.63),
				List.of(104.00, 30.63), List.of(104.00, 30.60));
		Boundary boundary = BoundaryParser.parse(polygon(shape)).boundary();
		assertThat(boundary.covers(new GeoPoint(30.615, 104.0136))).isFalse();
		assertThat(boundary.covers(boundary.interiorPoint())).isTrue();
	}

	@Test
	void refusesWhatIsNotAPolygon() {
		assertRefused(BoundaryParser.parse("Polygon"), "INVALID_GEOJSON", "边界必须是");
		assertRefused(BoundaryParser.parse(List.of(CLOCKWISE_SQUARE)), "INVALID_GEOJSON", "边界必须是");
		assertRefused(BoundaryParser.parse(Map.of("type", "Point", "coordinates", List.of(104.04, 30.62))),
				"UNSUPPORTED_GEOMETRY", "必须是 Polygon");
		assertRefused(BoundaryParser.parse(Map.of("type", "LineString", "coordinates", CLOCKWISE_SQUARE)),
				"UNSUPPORTED_GEOMETRY", "必须是 Polygon");
		assertRefused(BoundaryParser.parse(Map.of("type", "Polygon")), "INVALID_GEOJSON", "缺少");
		assertRefused(BoundaryParser.parse(Map.of("type", "Polygon", "coordinates", List.of())), "INVALID_GEOJSON",
				"缺少");
	}

	@Test
	void refusesOpenAndShortRings() {
		assertRefused(BoundaryParser.parse(polygon(CLOCKWISE_SQUARE.subList(0, 4))), "RING_NOT_CLOSED", "未闭合");
		List<List<Double>> three = List.of(List.of(104.04, 30.62), List.of(104.05, 30.62), List.of(104.04, 30.62));
		assertRefused(BoundaryParser.parse(polygon(three)), "RING_TOO_SHORT", "至少需要 4 个坐标点");
	}

	@Test
	void refusesPositionsOutOfRangeOrNotNumbers() {
		assertRefused(BoundaryParser.parse(polygonWithCorner(List.of(104.04, 91))), "COORDINATE_OUT_OF_RANGE", "超出范围");
		assertRefused(BoundaryParser.parse(polygonWithCorner(List.of(181, 30.62))), "COORDINATE_OUT_OF_RANGE", "超出范围");
		assertRefused(BoundaryParser.parse(polygonWithCorner(List.of(Double.NaN, 30.62))), "COORDINATE_OUT_OF_RANGE",
				"超出范围");
		assertRefused(BoundaryParser.parse(polygonWithCorner(List.of("104.04", 30.62))), "INVALID_GEOJSON", "经度, 纬度");
		assertRefused(BoundaryParser.parse(polygonWithCorner(List.of(104.04))), "INVALID_GEOJSON", "经度, 纬度");
	}

	@Test
	void refusesInvalidTopology() {
		List<List<Double>> bowTie = List.of(List.of(104.04, 30.62), List.of(104.05, 30.63), List.of(104.05, 30.62),
				List.of(104.04, 30.63), List.of(104.04, 30.62));
		assertRefused(BoundaryParser.parse(polygon(bowTie)), "INVALID_TOPOLOGY", "自相交");
		List<List<Double>> holeOutside = List.of(List.of(104.06, 30.62), List.of(104.07, 30.62), List.of(104.07, 30.63),
				List.of(104.06, 30.63), List.of(104.06, 30.62));
		assertRefused(BoundaryParser.parse(polygon(CLOCKWISE_SQUARE, holeOutside)), "INVALID_TOPOLOGY", "内环在外环之外");
		List<Double> point = List.of(104.04, 30.62);
		assertRefused(BoundaryParser.parse(polygon(List.of(point, point, point, point))), "INVALID_TOPOLOGY", "边界图形无效");
	}

	@Test
	void limitsPositionsAcrossAllRings() {
		assertThat(BoundaryParser.parse(polygon(circle(BoundaryParser.MAX_POSITIONS, 1.0))).isValid()).isTrue();
		int shell = BoundaryParser.MAX_POSITIONS / 2;
		BoundaryParser.Result result = BoundaryParser
			.parse(polygon(circle(shell, 1.0), circle(BoundaryParser.MAX_POSITIONS - shell + 1, 0.5)));
		assertRefused(result, "TOO_MANY_POSITIONS", "最多");
	}

	private static void assertRefused(BoundaryParser.Result result, String code, String chineseWords) {
		assertThat(result.isValid()).isFalse();
		assertThat(result.code()).isEqualTo(code);
		assertThat(result.message()).contains(chineseWords);
	}

	@SafeVarargs
	private static Map<String, Object> polygon(List<? extends List<?>>... rings) {
		return Map.of("type", "Polygon", "coordinates", List.of(rings));
	}

	private static Map<String, Object> polygonWithCorner(List<?> corner) {
		List<List<?>> ring = new ArrayList<>(CLOCKWISE_SQUARE);
		ring.set(2, corner);
		return polygon(ring);
	}

	/** A closed ring of {@code positions} positions around the demo district. */
	private static List<List<Double>> circle(int positions, double radius) {
		List<List<Double>> ring = new ArrayList<>(positions);
		for (int i = 0; i < positions - 1; i++) {
			double angle = 2 * Math.PI * i / (positions - 1);
			ring.add(List.of(104.05 + radius * Math.cos(angle), 30.62 + radius * Math.sin(angle)));
		}
		ring.add(ring.get(0));
		return ring;
	}

}
