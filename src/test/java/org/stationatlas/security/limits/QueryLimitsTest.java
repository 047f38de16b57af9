package org.stationatlas.security.limits;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Depth, cost, alias and operation limits: refused before any data fetcher runs, with the
 * cost reported on every successful response.
 */
class QueryLimitsTest extends LimitsApiTest {

	static final String NESTED_PAGES = """
			query($pages: Int) { stations(first: $pages) { edges { node {
			  communities(first: $pages) { edges { node { name } } } } } } }""";

	@Test
	void reportsTheCostOfASuccessfulRequest() {
		// 1 for stations + 20 (the default page) × (1 edge + 1 node); names are free.
		postQuery("{ stations { totalCount edges { node { name } } } }").jsonPath("$.data.stations.totalCount")
			.isNumber()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(41)
			.jsonPath("$.extensions.cost.limit")
			.isEqualTo(5000);
	}

	@Test
	void nestedPagesCostTheProductOfTheirSizes() {
		post(Map.of("query", NESTED_PAGES, "variables", Map.of("pages", 5))).expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(1 + 5 * (1 + 1 + 1 + 5 * 2));
	}

	@Test
	void refusesATooComplexQueryBeforeAnyStatementRuns() {
		long before = this.statements.count();
		post(Map.of("query", NESTED_PAGES, "variables", Map.of("pages", 100))).expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("QUERY_TOO_COMPLEX")
			.jsonPath("$.errors[0].extensions.requested")
			.isEqualTo(1 + 100 * (1 + 1 + 1 + 100 * 2))
			.jsonPath("$.errors[0].message")
			.value(containsString("最多允许 5000"));
		assertThat(this.statements.count()).isEqualTo(before);
	}

	@Test
	void refusesATooDeepQueryBeforeAnyStatementRuns() {
		long before = this.statements.count();
		// Depth 11: stations > edges > node > communities > edges > node > station >
		// communities > edges > node > name.
		postQuery("""
				{ stations(first: 1) { edges { node { communities(first: 1) { edges { node {
				  station { communities(first: 1) { edges { node { name } } } } } } } } } } }""").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("QUERY_TOO_DEEP")
			.jsonPath("$.errors[0].message")
			.value(containsString("最多允许 10 层"));
		assertThat(this.statements.count()).isEqualTo(before);
	}

	@Test
	void introspectionDoesNotCountTowardsDepth() {
		postQuery("{ __type(name: \"Station\") { fields { type { ofType { ofType { ofType { ofType { ofType "
				+ "{ ofType { ofType { name } } } } } } } } } } }")
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__type.fields")
			.isNotEmpty();
	}

	@Test
	void acceptsThirtyAliasesAndRefusesThirtyOne() {
		postQuery(aliases(30)).jsonPath("$.errors").doesNotExist().jsonPath("$.data.a29").isEqualTo("Query");
		long before = this.statements.count();
		postQuery(aliases(31).replace("__typename", "stations { totalCount }")).jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("TOO_MANY_ALIASES")
			.jsonPath("$.errors[0].message")
			.value(containsString("最多允许 30 个"));
		assertThat(this.statements.count()).isEqualTo(before);
	}

	@Test
	void refusesADocumentWithMoreThanOneOperation() {
		post(Map.of("query", "query A { stations { totalCount } } query B { communities { totalCount } }",
				"operationName", "A"))
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("TOO_MANY_OPERATIONS");
	}

	private static String aliases(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

}
