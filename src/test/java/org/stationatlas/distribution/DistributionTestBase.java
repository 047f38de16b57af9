package org.stationatlas.distribution;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.stationatlas.ApiTest;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.Geohash;
import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Residents of a test station of its own (demo data owns stations 1, 2 and communities
 * 1..8): 12 in one 150 m cell (A), 2 in another (B), 3 in a third (C, another community),
 * plus one who moved out and one without a location, who never count.
 */
abstract class DistributionTestBase extends ApiTest {

	static final long STATION = 909;

	static final long COMMUNITY = 9091;

	static final long OTHER_COMMUNITY = 9092;

	/** The centre of cell A at precision 7 (zoom 15 and up). */
	static final Cell CELL_A = Cell.of(30.05, 101.96, 7);

	static final Cell CELL_B = Cell.of(30.055, 101.965, 7);

	static final Cell CELL_C = Cell.of(30.045, 101.966, 7);

	/** Around all three cells. */
	static final Map<String, Object> AREA = Map.of("bbox",
			Map.of("south", 30.03, "west", 101.94, "north", 30.07, "east", 101.98));

	static final String QUERY = """
			query($area: DistributionArea!, $zoom: Int!, $filter: DistributionFilter) {
			  residentDistribution(area: $area, zoom: $zoom, filter: $filter) {
			    cells { geohash center { lat lng } bounds { south west north east } count
			      countsByCategory { category count } }
			    suppressedCells suppressedResidents minimumCellSize precision } }""";

	static final String POINTS = """
			query($area: DistributionArea!, $zoom: Int!) {
			  residentDistribution(area: $area, zoom: $zoom) {
			    cells { count } points { id location { lat lng } categories } } }""";

	/** The keys of the residents in cell A, in insertion order. */
	final List<Long> cellA = new ArrayList<>();

	@BeforeEach
	void insertResidents() {
		this.jdbc.update("""
				INSERT IGNORE INTO station (id, name, kind, district, street, address, created_at, updated_at)
				VALUES (?, '分布图测试社工站', 'STREET_STATION', '分布测试区', '测试街道', '测试路1号', NOW(3), NOW(3))""", STATION);
		for (long community : List.of(COMMUNITY, OTHER_COMMUNITY)) {
			this.jdbc.update("""
					INSERT IGNORE INTO community (id, station_id, name, district, street, created_at, updated_at)
					VALUES (?, ?, ?, '分布测试区', '测试街道', NOW(3), NOW(3))""", community, STATION, "分布图测试社区" + community);
		}
		deleteResidents();
		for (int i = 0; i < 12; i++) {
			this.cellA.add(resident(COMMUNITY, "A" + i, "ACTIVE", CELL_A, i));
		}
		resident(COMMUNITY, "B0", "ACTIVE", CELL_B, 0);
		resident(COMMUNITY, "B1", "ACTIVE", CELL_B, 1);
		for (int i = 0; i < 3; i++) {
			resident(OTHER_COMMUNITY, "C" + i, "ACTIVE", CELL_C, i);
		}
		resident(COMMUNITY, "搬走", "MOVED_OUT", CELL_A, 3);
		resident(COMMUNITY, "无位置", "ACTIVE", null, 0);
		// A: 7 elderly living alone, 5 disabled, 3 on the minimum allowance.
		for (int i = 0; i < 12; i++) {
			if (i <= 6) {
				category(this.cellA.get(i), "ELDERLY_ALONE");
			}
			if (i >= 5 && i <= 9) {
				category(this.cellA.get(i), "DISABLED");
			}
			if (i <= 2) {
				category(this.cellA.get(i), "MINIMUM_ALLOWANCE");
			}
		}
	}

	@AfterEach
	void deleteResidents() {
		this.jdbc.update("DELETE FROM need WHERE station_id = ?", STATION);
		this.jdbc.update("DELETE FROM resident_category WHERE station_id = ?", STATION);
		this.jdbc.update("DELETE FROM resident WHERE station_id = ?", STATION);
		this.cellA.clear();
	}

	/** A resident near the centre of the cell (each a few metres from the last). */
	long resident(long community, String name, String status, Cell cell, int n) {
		Double lat = (cell != null) ? round6(cell.center().lat() + (n % 4 - 1.5) * 0.0001) : null;
		Double lng = (cell != null) ? round6(cell.center().lng() + (n / 4 - 1) * 0.0001) : null;
		String geohash = (cell != null) ? Geohash.encode(lat, lng, 8) : null;
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO resident (station_id, community_id, name, gender, status, lat, lng, geohash,
					  created_at, updated_at)
					VALUES (?, ?, ?, 'UNKNOWN', ?, ?, ?, ?, NOW(3), NOW(3))""", Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, STATION);
			insert.setLong(2, community);
			insert.setString(3, "分布测试居民" + name);
			insert.setString(4, status);
			insert.setObject(5, lat);
			insert.setObject(6, lng);
			insert.setString(7, geohash);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	void category(long resident, String category) {
		this.jdbc.update("INSERT INTO resident_category (resident_id, station_id, category) VALUES (?, ?, ?)", resident,
				STATION, category);
	}

	void need(long resident, String category, String status) {
		this.jdbc.update("""
				INSERT INTO need (station_id, community_id, subject_type, resident_id, type, category,
				  assessment_method, urgency, urgency_rank, description, status, created_at, updated_at)
				VALUES (?, ?, 'RESIDENT', ?, 'FELT', ?, 'INTERVIEW', 'MEDIUM', 2, '分布图测试需求', ?, NOW(3), NOW(3))""",
				STATION, COMMUNITY, resident, category, status);
	}

	GraphQlTester.Response map(HttpGraphQlTester caller, Map<String, Object> area, int zoom,
			Map<String, Object> filter) {
		return caller.document(QUERY)
			.variable("area", area)
			.variable("zoom", zoom)
			.variable("filter", filter)
			.execute();
	}

	static Map<String, Object> community(long key) {
		return Map.of("communityId", GlobalId.encode("Community", key));
	}

	private static double round6(double value) {
		return Math.round(value * 1_000_000) / 1_000_000.0;
	}

	/** A geohash cell of a point. */
	record Cell(String geohash, GeoBounds bounds) {

		static Cell of(double lat, double lng, int precision) {
			String geohash = Geohash.encode(lat, lng, precision);
			return new Cell(geohash, GeoBounds.ofCell(geohash));
		}

		GeoPoint center() {
			return this.bounds.center();
		}

		double north() {
			return this.bounds.north();
		}

		double east() {
			return this.bounds.east();
		}

	}

}
