package org.stationatlas.resourcemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.stationatlas.ApiTest;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.Geohash;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Resources around Shanghai (31.2, 121.4), far from the demo data: in cell A (geohash
 * length 6) three public ones, plus one internal of station 1, a public individual
 * volunteer of station 1, a public expert and an internal venue of station 2, and an
 * archived one; in cell B two public ones; one without a location.
 */
abstract class ResourceMapTestBase extends ApiTest {

	static final String PREFIX = "资源图测试";

	static final String CELL_A = Geohash.encode(31.2, 121.4, 6);

	static final String CELL_B = Geohash.encode(31.23, 121.45, 6);

	/** Around both cells: at zoom 12 a few hundred cells of length 6. */
	static final Map<String, Object> AREA = Map.of("south", 31.15, "west", 121.35, "north", 31.28, "east", 121.5);

	static final String QUERY = """
			query($bbox: BBoxInput!, $zoom: Int!, $filter: ResourceMapFilter, $cs: CoordSystem) {
			  resourceMap(bbox: $bbox, zoom: $zoom, filter: $filter, coordSystem: $cs) {
			    clustered precision coordSystem
			    clusters { geohash center { lat lng } count countsByDimension { dimension count }
			      bounds { south west north east } }
			    points { id name dimension typeCode location { lat lng } status } } }""";

	@Autowired
	ResourceMapCache cache;

	@BeforeEach
	void insertResources() {
		deleteResources();
		resource(1, "VENUE", "A场地", CELL_A, 0, "ACTIVE", "PUBLIC", false);
		resource(1, "ELDERLY_CENTER", "A老年中心", CELL_A, 1, "ACTIVE", "PUBLIC", false);
		resource(2, "CLINIC", "A诊所", CELL_A, 2, "POTENTIAL", "PUBLIC", false);
		resource(1, "CLINIC", "A内部诊所", CELL_A, 3, "ACTIVE", "INTERNAL", false);
		resource(1, "VOLUNTEER", "A志愿者", CELL_A, 4, "ACTIVE", "PUBLIC", false);
		resource(2, "EXPERT", "A专家", CELL_A, 5, "ACTIVE", "PUBLIC", false);
		resource(2, "VENUE", "A二站内部场地", CELL_A, 6, "ACTIVE", "INTERNAL", false);
		resource(1, "VENUE", "A已归档", CELL_A, 7, "ACTIVE", "PUBLIC", true);
		resource(1, "FUND", "B基金", CELL_B, 0, "ACTIVE", "PUBLIC", false);
		resource(1, "VENUE", "B场地", CELL_B, 1, "INACTIVE", "PUBLIC", false);
		resource(1, "POLICY", "无位置政策", null, 0, "ACTIVE", "PUBLIC", false);
		this.cache.evictAll();
	}

	@AfterEach
	void deleteResources() {
		this.jdbc.update("DELETE FROM resource WHERE name LIKE ?", PREFIX + "%");
	}

	/** Inserts a resource a few metres from the centre of the cell; returns its key. */
	long resource(long station, String typeCode, String name, String cell, int n, String status, String visibility,
			boolean archived) {
		GeoPoint p = (cell != null) ? near(cell, n) : null;
		String dimension = this.jdbc.queryForObject("SELECT dimension FROM resource_type WHERE code = ?", String.class,
				typeCode);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.update("""
					INSERT INTO resource (uuid, station_id, dimension, type_id, name, lat, lng, geohash, status, visibility,
					  source, archived_at, created_at, updated_at)
					VALUES (?, ?, ?, (SELECT id FROM resource_type WHERE code = ?), ?, ?, ?, ?, ?, ?, 'COMMUNITY_WALK', ?, ?, ?)""",
					UUID.randomUUID().toString(), station, dimension, typeCode, PREFIX + name,
					(p != null) ? p.lat() : null, (p != null) ? p.lng() : null,
					(p != null) ? Geohash.encode(p.lat(), p.lng(), 8) : null, status, visibility, archived ? now : null,
					now, now);
		return this.jdbc.queryForObject("SELECT id FROM resource WHERE name = ?", Long.class, PREFIX + name);
	}

	/** The n-th point near the centre of a cell, as stored (six decimals). */
	static GeoPoint near(String cell, int n) {
		double[] b = Geohash.bounds(cell);
		return GeoPoint.rounded((b[0] + b[2]) / 2 + (n % 4 - 1.5) * 0.0002, (b[1] + b[3]) / 2 + (n / 4 - 1) * 0.0002);
	}

	static Map<String, Object> box(double south, double west, double north, double east) {
		return Map.of("south", south, "west", west, "north", north, "east", east);
	}

	GraphQlTester.Response map(HttpGraphQlTester caller, Map<String, Object> bbox, int zoom, Map<String, Object> filter,
			String coordSystem) {
		return caller.document(QUERY)
			.variable("bbox", bbox)
			.variable("zoom", zoom)
			.variable("filter", filter)
			.variable("cs", coordSystem)
			.execute();
	}

}
