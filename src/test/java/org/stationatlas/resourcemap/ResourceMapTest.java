package org.stationatlas.resourcemap;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.Geohash;
import org.stationatlas.system.GlobalId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the resource map shows: clusters with counts by dimension at low zoom, single
 * resources at high zoom, filters, and coordinates in and out in GCJ-02 and BD-09.
 */
class ResourceMapTest extends ResourceMapTestBase {

	@Test
	void clustersByCellWithCountsByDimension() {
		var response = map(anonymous(), AREA, 12, null, null);
		response.path("resourceMap.clustered").entity(Boolean.class).isEqualTo(true);
		response.path("resourceMap.precision").entity(Integer.class).isEqualTo(6);
		response.path("resourceMap.coordSystem").entity(String.class).isEqualTo("WGS84");
		response.path("resourceMap.points").entityList(Object.class).hasSize(0);
		response.path("resourceMap.clusters[*].geohash").entityList(String.class).containsExactly(CELL_A, CELL_B);
		response.path("resourceMap.clusters[*].count").entityList(Integer.class).containsExactly(3, 2);
		response.path("resourceMap.clusters[0].countsByDimension")
			.entityList(Map.class)
			.containsExactly(Map.of("dimension", "ORGANIZATIONAL", "count", 1),
					Map.of("dimension", "SPACE", "count", 2));
		response.path("resourceMap.clusters[1].countsByDimension")
			.entityList(Map.class)
			.containsExactly(Map.of("dimension", "FUNDING", "count", 1), Map.of("dimension", "SPACE", "count", 1));
	}

	@Test
	void aClusterIsCentredOnTheAverageOfItsResourcesAndBoundsThem() {
		var response = map(anonymous(), AREA, 12, null, null);
		GeoPoint p0 = near(CELL_A, 0);
		GeoPoint p1 = near(CELL_A, 1);
		GeoPoint p2 = near(CELL_A, 2);
		response.path("resourceMap.clusters[0].center.lat")
			.entity(Double.class)
			.satisfies((lat) -> assertThat(lat).isCloseTo((p0.lat() + p1.lat() + p2.lat()) / 3, within(1e-6)));
		response.path("resourceMap.clusters[0].center.lng")
			.entity(Double.class)
			.satisfies((lng) -> assertThat(lng).isCloseTo((p0.lng() + p1.lng() + p2.lng()) / 3, within(1e-6)));
		response.path("resourceMap.clusters[0].bounds")
			.entity(Map.class)
			.isEqualTo(Map.of("south", p0.lat(), "west", p0.lng(), "north", p2.lat(), "east", p2.lng()));
	}

	@Test
	void showsSingleResourcesFromZoom15() {
		double[] a = Geohash.bounds(CELL_A);
		var response = map(anonymous(), box(a[0], a[1], a[2], a[3]), 15, null, null);
		response.path("resourceMap.clustered").entity(Boolean.class).isEqualTo(false);
		response.path("resourceMap.precision").valueIsNull();
		response.path("resourceMap.clusters").entityList(Object.class).hasSize(0);
		response.path("resourceMap.points[*].name")
			.entityList(String.class)
			.containsExactly(PREFIX + "A场地", PREFIX + "A老年中心", PREFIX + "A诊所");
		long clinic = this.jdbc.queryForObject("SELECT id FROM resource WHERE name = ?", Long.class, PREFIX + "A诊所");
		GeoPoint at = near(CELL_A, 2);
		response.path("resourceMap.points[2]")
			.entity(Map.class)
			.isEqualTo(Map.of("id", GlobalId.encode("Resource", clinic), "name", PREFIX + "A诊所", "dimension",
					"ORGANIZATIONAL", "typeCode", "CLINIC", "location", Map.of("lat", at.lat(), "lng", at.lng()),
					"status", "POTENTIAL"));
	}

	@Test
	void filtersByDimensionTypeAndStatus() {
		map(anonymous(), AREA, 12, Map.of("dimensions", List.of("SPACE")), null).path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(2, 1);
		map(anonymous(), AREA, 12, Map.of("typeCodes", List.of("CLINIC", "FUND")), null)
			.path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(1, 1);
		map(anonymous(), AREA, 12, Map.of("status", List.of("ACTIVE"), "dimensions", List.of("SPACE", "FUNDING")), null)
			.path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(2, 1);
	}

	@Test
	void takesAndReturnsGcj02() {
		// The view around cell A as WeChat's map component reports it.
		double[] a = Geohash.bounds(CELL_A);
		GeoPoint sw = CoordSystem.GCJ02.fromWgs84(new GeoPoint(a[0], a[1]));
		GeoPoint ne = CoordSystem.GCJ02.fromWgs84(new GeoPoint(a[2], a[3]));
		var response = map(anonymous(), box(sw.lat(), sw.lng(), ne.lat(), ne.lng()), 16, null, "GCJ02");
		response.path("resourceMap.coordSystem").entity(String.class).isEqualTo("GCJ02");
		response.path("resourceMap.points[*].name").entityList(String.class).hasSize(3);
		GeoPoint stored = near(CELL_A, 0);
		GeoPoint expected = CoordSystem.GCJ02.fromWgs84(stored);
		response.path("resourceMap.points[0].location").entity(Map.class).satisfies((location) -> {
			assertThat((Double) location.get("lat")).isCloseTo(expected.lat(), within(1e-6));
			assertThat((Double) location.get("lng")).isCloseTo(expected.lng(), within(1e-6));
			// Hundreds of metres in Shanghai: the conversion was applied, not skipped.
			assertThat(Math.abs((Double) location.get("lng") - stored.lng())).isGreaterThan(0.003);
		});
	}

	@Test
	void aBoxInGcj02IsNotReadAsWgs84() {
		// Tight WGS-84 numbers around one resource, but declared GCJ-02: in WGS-84 that
		// view lies some 500 m away, where there is nothing.
		GeoPoint p = near(CELL_A, 0);
		Map<String, Object> tight = box(p.lat() - 0.0003, p.lng() - 0.0003, p.lat() + 0.0003, p.lng() + 0.0003);
		map(anonymous(), tight, 17, null, "WGS84").path("resourceMap.points[*].name")
			.entityList(String.class)
			.contains(PREFIX + "A场地");
		map(anonymous(), tight, 17, null, "GCJ02").path("resourceMap.points").entityList(Object.class).hasSize(0);
	}

	@Test
	void returnsBd09() {
		GeoPoint stored = near(CELL_A, 0);
		GeoPoint expected = CoordSystem.BD09.fromWgs84(stored);
		var response = map(anonymous(), AREA, 12, Map.of("typeCodes", List.of("VENUE"), "status", List.of("ACTIVE")),
				"BD09");
		// The area (given as BD-09) still covers cell A, whose only active public venue
		// is A场地.
		response.path("resourceMap.clusters[0].center").entity(Map.class).satisfies((center) -> {
			assertThat((Double) center.get("lat")).isCloseTo(expected.lat(), within(1e-6));
			assertThat((Double) center.get("lng")).isCloseTo(expected.lng(), within(1e-6));
		});
	}

}
