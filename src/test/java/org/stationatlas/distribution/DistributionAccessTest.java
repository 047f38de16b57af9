package org.stationatlas.distribution;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees the distribution map, of which station, and who sees individual points.
 */
class DistributionAccessTest extends DistributionTestBase {

	@Test
	void aSocialWorkerSeesThePointsOfHisStationWithoutNames() {
		var response = as(Role.SOCIAL_WORKER, STATION).document(POINTS)
			.variable("area", AREA)
			.variable("zoom", 15)
			.execute();
		response.path("residentDistribution.points").entityList(Map.class).hasSize(17);
		response.path("residentDistribution.points[*].id")
			.entityList(String.class)
			.contains(GlobalId.encode("Resident", this.cellA.get(0)));
		response.path("residentDistribution.points[0]")
			.entity(Map.class)
			.satisfies((point) -> assertThat(point).containsOnlyKeys("id", "location", "categories"));
		response
			.path("residentDistribution.points[?(@.id == '%s')].categories"
				.formatted(GlobalId.encode("Resident", this.cellA.get(0))))
			.entityList(List.class)
			.containsExactly(List.of("MINIMUM_ALLOWANCE", "ELDERLY_ALONE"));
		// The schema has no field for a name, so none can be asked for.
		as(Role.SOCIAL_WORKER, STATION).document("""
				query($area: DistributionArea!) {
				  residentDistribution(area: $area, zoom: 15) { points { id name } } }""")
			.variable("area", AREA)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void pointsOfACommunityAreThatCommunitysOnly() {
		as(Role.STATION_ADMIN, STATION).document(POINTS)
			.variable("area", community(OTHER_COMMUNITY))
			.variable("zoom", 15)
			.execute()
			.path("residentDistribution.points")
			.entityList(Map.class)
			.hasSize(3);
	}

	@Test
	void aVolunteerSeesCellsButNoPoints() {
		var response = as(Role.VOLUNTEER, STATION).document(POINTS)
			.variable("area", AREA)
			.variable("zoom", 15)
			.execute();
		response.path("residentDistribution.cells[*].count").entityList(Integer.class).containsExactly(12);
		response.path("residentDistribution.points").valueIsNull();
	}

	@Test
	void anotherStationSeesNoneOfTheseResidents() {
		var response = demo("demo-worker-2").document(POINTS).variable("area", AREA).variable("zoom", 15).execute();
		response.path("residentDistribution.cells").entityList(Object.class).hasSize(0);
		response.path("residentDistribution.points").entityList(Object.class).hasSize(0);
		map(demo("demo-worker-2"), AREA, 15, null).path("residentDistribution.suppressedCells")
			.entity(Integer.class)
			.isEqualTo(0);
		map(as(Role.SUPERVISOR, DEMO_STATION_1), community(COMMUNITY), 15, null).path("residentDistribution.cells")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theDemoStationsMapsMatchTheirResidents() {
		Map<String, Integer> expected = new TreeMap<>();
		this.jdbc.query("""
				SELECT LEFT(geohash, 6) AS cell, COUNT(*) AS people FROM resident
				WHERE station_id = 1 AND community_id = 1 AND status = 'ACTIVE' AND geohash IS NOT NULL
				GROUP BY cell HAVING COUNT(*) >= 5""", (row) -> {
			expected.put(row.getString("cell"), row.getInt("people"));
		});
		assertThat(expected).isNotEmpty();
		for (HttpGraphQlTester caller : List.of(demo("demo-worker"), demo("demo-admin"))) {
			List<Map<String, Object>> cells = map(caller, community(1), 13, null).path("residentDistribution.cells")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			Map<String, Integer> actual = new TreeMap<>();
			cells.forEach((cell) -> actual.put((String) cell.get("geohash"), (Integer) cell.get("count")));
			assertThat(actual).isEqualTo(expected);
		}
		map(demo("demo-worker-2"), community(1), 13, null).path("residentDistribution.suppressedCells")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aPlatformAdminSeesAllStationsButNoPoints() {
		var response = demo("demo-admin").document(POINTS).variable("area", AREA).variable("zoom", 15).execute();
		response.path("residentDistribution.cells[*].count").entityList(Integer.class).containsExactly(12);
		response.path("residentDistribution.points").valueIsNull();
	}

	@Test
	void residentsPartnersAndStrangersMayNot() {
		forbidden(demo("demo-resident"), "FORBIDDEN");
		forbidden(as(Role.RESIDENT, STATION), "FORBIDDEN");
		forbidden(withApiKey("demo-partner-key"), "FORBIDDEN");
		// A token whose claims name a station but no role is not staff.
		forbidden(withToken(token("77", STATION, "distribution:points")), "FORBIDDEN");
		// Note that the API answers a caller who is not signed in with UNAUTHENTICATED
		// everywhere.
		forbidden(anonymous(), "UNAUTHENTICATED");
	}

	private void forbidden(HttpGraphQlTester caller, String code) {
		map(caller, AREA, 15, null).errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", code);
				assertThat(error.getPath()).isEqualTo("residentDistribution");
			}));
	}

}
