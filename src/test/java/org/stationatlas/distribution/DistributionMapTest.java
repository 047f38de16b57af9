package org.stationatlas.distribution;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.geo.Geohash;
import org.stationatlas.security.Role;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the distribution map counts: cells, suppression of small cells and categories,
 * filters by category and by need, zoom levels and community areas.
 */
class DistributionMapTest extends DistributionTestBase {

	@Test
	void countsPeoplePerCellAndHidesTheSmallCells() {
		var response = map(as(Role.SOCIAL_WORKER, STATION), AREA, 15, null);
		response.path("residentDistribution.precision").entity(Integer.class).isEqualTo(7);
		response.path("residentDistribution.minimumCellSize").entity(Integer.class).isEqualTo(5);
		response.path("residentDistribution.cells[*].geohash")
			.entityList(String.class)
			.containsExactly(CELL_A.geohash());
		response.path("residentDistribution.cells[0].count").entity(Integer.class).isEqualTo(12);
		// B (2 people) and C (3) are hidden; together they are 5, no longer a small
		// number.
		response.path("residentDistribution.suppressedCells").entity(Integer.class).isEqualTo(2);
		response.path("residentDistribution.suppressedResidents").entity(Integer.class).isEqualTo(5);
		response.path("residentDistribution.cells[0].center.lat")
			.entity(Double.class)
			.satisfies((lat) -> assertThat(lat).isCloseTo(CELL_A.center().lat(), within(1e-9)));
		response.path("residentDistribution.cells[0].bounds.north").entity(Double.class).isEqualTo(CELL_A.north());
	}

	@Test
	void countsByCategoryLeaveOutCategoriesBelowTheThreshold() {
		map(as(Role.SOCIAL_WORKER, STATION), AREA, 15, null).path("residentDistribution.cells[0].countsByCategory")
			.entityList(Map.class)
			.containsExactly(Map.of("category", "DISABLED", "count", 5),
					Map.of("category", "ELDERLY_ALONE", "count", 7));
	}

	@Test
	void aTotalOfHiddenPeopleBelowTheThresholdIsNotShown() {
		var response = map(as(Role.SOCIAL_WORKER, STATION), community(COMMUNITY), 15, null);
		response.path("residentDistribution.cells[*].count").entityList(Integer.class).containsExactly(12);
		response.path("residentDistribution.suppressedCells").entity(Integer.class).isEqualTo(1);
		response.path("residentDistribution.suppressedResidents").valueIsNull();
	}

	@Test
	void filtersByCategories() {
		var caller = as(Role.SOCIAL_WORKER, STATION);
		map(caller, AREA, 15, Map.of("categories", List.of("DISABLED"))).path("residentDistribution.cells[0].count")
			.entity(Integer.class)
			.isEqualTo(5);
		map(caller, AREA, 15, Map.of("categories", List.of("DISABLED", "MINIMUM_ALLOWANCE")))
			.path("residentDistribution.cells[0].count")
			.entity(Integer.class)
			.isEqualTo(8);
		var small = map(caller, AREA, 15, Map.of("categories", List.of("MINIMUM_ALLOWANCE")));
		small.path("residentDistribution.cells").entityList(Object.class).hasSize(0);
		small.path("residentDistribution.suppressedCells").entity(Integer.class).isEqualTo(1);
		map(caller, AREA, 15, Map.of("categories", List.of("UNEMPLOYED"))).path("residentDistribution.suppressedCells")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void filtersByNeeds() {
		for (int i = 0; i < 6; i++) {
			need(this.cellA.get(i), "MEDICAL", "OPEN");
		}
		need(this.cellA.get(6), "MEDICAL", "MET");
		need(this.cellA.get(7), "MEDICAL", "MET");
		need(this.cellA.get(8), "FINANCIAL", "OPEN");
		var caller = as(Role.SUPERVISOR, STATION);
		assertThat(count(caller, Map.of("needCategory", "MEDICAL"))).isEqualTo(8);
		assertThat(count(caller, Map.of("needStatus", "OPEN"))).isEqualTo(7);
		assertThat(count(caller, Map.of("needCategory", "MEDICAL", "needStatus", "OPEN"))).isEqualTo(6);
		assertThat(count(caller, Map.of("needCategory", "MEDICAL", "categories", List.of("ELDERLY_ALONE"))))
			.isEqualTo(7);
		var met = map(caller, AREA, 15, Map.of("needStatus", "MET"));
		met.path("residentDistribution.cells").entityList(Object.class).hasSize(0);
		met.path("residentDistribution.suppressedCells").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aLowerZoomMakesLargerCells() {
		String coarse = Geohash.encode(30.05, 101.96, 4);
		assertThat(List.of(CELL_B, CELL_C)).allSatisfy((cell) -> assertThat(cell.geohash()).startsWith(coarse));
		var response = map(as(Role.SOCIAL_WORKER, STATION), AREA, 7, null);
		response.path("residentDistribution.precision").entity(Integer.class).isEqualTo(4);
		response.path("residentDistribution.cells[*].geohash").entityList(String.class).containsExactly(coarse);
		response.path("residentDistribution.cells[0].count").entity(Integer.class).isEqualTo(17);
		response.path("residentDistribution.suppressedCells").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void countsWholeCellsWhereverTheBoxEdgeFalls() {
		// A box touching only a corner of cell A still counts all 12 people in it.
		Map<String, Object> corner = Map.of("bbox", Map.of("south", CELL_A.north() - 0.00001, "west",
				CELL_A.east() - 0.00001, "north", CELL_A.north() + 0.0001, "east", CELL_A.east() + 0.0001));
		map(as(Role.SOCIAL_WORKER, STATION), corner, 20, null).path("residentDistribution.cells[*].count")
			.entityList(Integer.class)
			.containsExactly(12);
	}

	@Test
	void aCommunityAreaCountsThatCommunityOnly() {
		map(as(Role.VOLUNTEER, STATION), community(OTHER_COMMUNITY), 15, null)
			.path("residentDistribution.suppressedCells")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	private int count(HttpGraphQlTester caller, Map<String, Object> filter) {
		return map(caller, AREA, 15, filter).path("residentDistribution.cells[0].count").entity(Integer.class).get();
	}

}
