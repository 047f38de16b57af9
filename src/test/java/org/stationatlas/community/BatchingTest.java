package org.stationatlas.community;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested lists cost a fixed handful of statements, however many parents a page holds (no
 * N+1).
 */
class BatchingTest extends ApiTest {

	// Note that the statement count does not depend on the page sizes; these stay within
	// the default cost limit (531 of 1000).
	static final String NESTED = """
			{ stations(first: 10) { totalCount edges { node { name
			    communities(first: 10) { totalCount edges { node { name
			      station { name } mainRoads keyUnits { name } landmarks { name } } } } } } } }""";

	@Test
	void stationsWithCommunitiesAndTheirMapsCostOneStatementPerLevel() {
		long before = this.statements.count();
		anonymous().document(NESTED)
			.execute()
			.path("stations.edges[0].node.communities.edges[0].node.keyUnits")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
		// stations, their count, communities per station (windowed), their counts,
		// station, roads, key units,
		// landmarks: eight, whether there are 2 stations or 100.
		assertThat(this.statements.count() - before).isLessThanOrEqualTo(8);
	}

	@Test
	void totalCountIsOnlyCountedWhenAsked() {
		long before = this.statements.count();
		anonymous().document("{ communities(first: 5) { edges { node { name } } } }").execute();
		assertThat(this.statements.count() - before).isEqualTo(1);
	}

}
