package org.stationatlas.need;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Needs nested in residents and communities: most urgent first, paged, and at a fixed
 * number of statements however many parents (no N+1).
 */
class NeedBatchingTest extends NeedApiTest {

	@Test
	void nestedNeedsCostAFixedNumberOfStatements() {
		HttpGraphQlTester worker = demo("demo-worker");
		for (int i = 0; i < 3; i++) {
			String resident = resident(worker, COMMUNITY_1);
			need(worker, needInput(resident, "HIGH"));
			need(worker, needInput(resident, "CRISIS"));
		}
		String nested = """
				{ residents(first: %d, filter: {hasOpenNeed: true}) { edges { node { id needs(first: 5) { edges { node { id urgency
				  subject { ... on Resident { name } } community { name } } } } } } } }""";
		long small = statementsFor(worker, nested.formatted(2));
		long large = statementsFor(worker, nested.formatted(20));
		// residents, their needs (one windowed query), the subjects, the communities.
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);
		String withCounts = """
				{ communities(first: 10) { edges { node { name needs(first: 3, status: OPEN) { totalCount
				  edges { node { urgency } } } } } } }""";
		assertThat(statementsFor(worker, withCounts)).isLessThanOrEqualTo(3);
	}

	@Test
	void nestedNeedsAreInTheFirstPageMostUrgentFirst() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		need(worker, needInput(resident, "LOW"));
		need(worker, needInput(resident, "CRISIS"));
		need(worker, needInput(resident, "MEDIUM"));
		GraphQlTester.Response response = worker.document("""
				query($id: ID!) { resident(id: $id) { needs(first: 2) { totalCount
				  edges { node { urgency } } pageInfo { hasNextPage endCursor } } } }""")
			.variable("id", resident)
			.execute();
		response.path("resident.needs.edges[*].node.urgency")
			.entityList(String.class)
			.containsExactly("CRISIS", "MEDIUM");
		response.path("resident.needs.totalCount").entity(Integer.class).isEqualTo(3);
		String cursor = response.path("resident.needs.pageInfo.endCursor").entity(String.class).get();
		worker.document("""
				query($id: ID!, $after: String) { resident(id: $id) { needs(first: 2, after: $after) {
				  edges { node { urgency } } pageInfo { hasNextPage } } } }""")
			.variable("id", resident)
			.variable("after", cursor)
			.execute()
			.path("resident.needs.edges[*].node.urgency")
			.entityList(String.class)
			.containsExactly("LOW");
	}

	private long statementsFor(HttpGraphQlTester caller, String document) {
		long before = this.statements.count();
		caller.document(document).execute().path("$").hasValue();
		return this.statements.count() - before;
	}

}
