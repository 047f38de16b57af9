package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the needs library: crisis first, the other orders, filters, keyset paging, and
 * nested needs that cost a fixed number of statements.
 */
class NeedQueryTest extends NeedApiTest {

	static final List<String> RANKED = List.of("CRISIS", "HIGH", "MEDIUM", "LOW");

	@Test
	void crisisNeedsComeFirst() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		for (String urgency : List.of("LOW", "CRISIS", "MEDIUM", "HIGH", "CRISIS")) {
			need(worker, needInput(resident, urgency));
		}
		List<Map<String, Object>> mine = needs(worker, Map.of("subjectId", resident), null);
		assertThat(mine).extracting((n) -> n.get("urgency"))
			.containsExactly("CRISIS", "CRISIS", "HIGH", "MEDIUM", "LOW");
		List<Map<String, Object>> station = needs(worker, null, null);
		assertThat(station).extracting((n) -> RANKED.indexOf((String) n.get("urgency"))).isSorted();
		assertThat(station.get(0).get("urgency")).isEqualTo("CRISIS");
		List<Map<String, Object>> lowFirst = needs(worker, Map.of("subjectId", resident),
				Map.of("field", "URGENCY", "direction", "DESC"));
		assertThat(lowFirst).extracting((n) -> n.get("urgency"))
			.containsExactly("LOW", "MEDIUM", "HIGH", "CRISIS", "CRISIS");
	}

	@Test
	void needsSortByCreationOrDueDate() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<String> created = new ArrayList<>();
		for (int days : new int[] { 20, -1, 5, 10 }) {
			Map<String, Object> input = needInput(resident, "MEDIUM");
			if (days >= 0) {
				input.put("dueDate", today.plusDays(days).toString());
			}
			created.add(need(worker, input));
		}
		Map<String, Object> filter = Map.of("subjectId", resident);
		assertThat(ids(needs(worker, filter, Map.of("field", "CREATED", "direction", "DESC"))))
			.containsExactly(created.get(3), created.get(2), created.get(1), created.get(0));
		assertThat(ids(needs(worker, filter, Map.of("field", "DUE_DATE")))).containsExactly(created.get(2),
				created.get(3), created.get(0), created.get(1));
		assertThat(ids(needs(worker, filter, Map.of("field", "DUE_DATE", "direction", "DESC"))))
			.containsExactly(created.get(1), created.get(0), created.get(3), created.get(2));
		for (Map<String, Object> order : List.of(Map.<String, Object>of("field", "CREATED", "direction", "DESC"),
				Map.<String, Object>of("field", "DUE_DATE"), Map.<String, Object>of("direction", "DESC"))) {
			assertThat(pageThrough(worker, filter, order, 1)).as("paged by %s", order)
				.containsExactlyElementsOf(ids(needs(worker, filter, order)));
		}
	}

	@Test
	void filtersNarrowTheList() {
		HttpGraphQlTester admin = demo("demo-station-admin");
		String resident = resident(admin, COMMUNITY_2);
		Map<String, Object> felt = needInput(resident, "HIGH");
		felt.put("type", "FELT");
		felt.put("category", "PSYCHOLOGICAL");
		felt.put("description", "丧偶后情绪低落，希望有人陪伴聊天");
		String feltId = need(admin, felt);
		String medicalId = need(admin, needInput(resident, "LOW"));
		walk(admin, medicalId, 0, "MATCHING");
		String communityNeed = need(admin, needInput(COMMUNITY_2, "MEDIUM"));

		assertThat(ids(needs(admin, Map.of("subjectId", resident, "category", "PSYCHOLOGICAL"), null)))
			.containsExactly(feltId);
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "type", "FELT"), null))).containsExactly(feltId);
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "status", "MATCHING"), null)))
			.containsExactly(medicalId);
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "urgency", "LOW"), null))).containsExactly(medicalId);
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "text", "情绪低落"), null))).containsExactly(feltId);
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "text", "100%"), null))).isEmpty();
		assertThat(ids(needs(admin, Map.of("subjectId", COMMUNITY_2), null))).contains(communityNeed)
			.doesNotContain(feltId, medicalId);
		assertThat(ids(needs(admin, Map.of("communityId", COMMUNITY_2), null))).contains(feltId, medicalId,
				communityNeed);
		assertThat(ids(needs(admin, Map.of("communityId", COMMUNITY_1), null))).doesNotContain(feltId);
		String now = OffsetDateTime.now().plusMinutes(1).toString();
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "createdRange", Map.of("to", now)), null)))
			.containsExactlyInAnyOrder(feltId, medicalId);
		assertThat(ids(needs(admin, Map.of("subjectId", resident, "createdRange", Map.of("from", now)), null)))
			.isEmpty();
		expectCode(admin
			.document("{ needs(filter: {createdRange: {from: \"2026-02-01T00:00:00Z\", to: "
					+ "\"2026-01-01T00:00:00Z\"}}) { totalCount } }")
			.execute(), "BAD_USER_INPUT");
		admin.document("query($f: NeedFilter) { needs(filter: $f) { totalCount } }")
			.variable("f", Map.of("subjectId", resident))
			.execute()
			.path("needs.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void pagesStayStableWhileNeedsAreAdded() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		List<String> before = new ArrayList<>();
		for (String urgency : List.of("CRISIS", "HIGH", "HIGH", "MEDIUM", "LOW")) {
			before.add(need(worker, needInput(resident, urgency)));
		}
		Set<Object> seen = new LinkedHashSet<>();
		String query = """
				query($f: NeedFilter, $after: String) { needs(filter: $f, first: 2, after: $after) {
				  edges { cursor node { id urgency } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""";
		GraphQlTester.Response first = worker.document(query).variable("f", Map.of("subjectId", resident)).execute();
		seen.addAll(first.path("needs.edges[*].node.id").entityList(String.class).get());
		first.path("needs.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		String cursor = first.path("needs.pageInfo.endCursor").entity(String.class).get();
		// One that sorts before the cursor (already passed) and one after it.
		String early = need(worker, needInput(resident, "CRISIS"));
		String late = need(worker, needInput(resident, "LOW"));
		boolean more = true;
		while (more) {
			Map<String, Object> vars = new HashMap<>(Map.of("f", Map.of("subjectId", resident), "after", cursor));
			GraphQlTester.Response page = worker.document(query).variables(vars).execute();
			List<String> ids = page.path("needs.edges[*].node.id").entityList(String.class).get();
			ids.forEach((id) -> assertThat(seen.add(id)).as("no repeats").isTrue());
			page.path("needs.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
			more = page.path("needs.pageInfo.hasNextPage").entity(Boolean.class).get();
			cursor = page.path("needs.pageInfo.endCursor").entity(String.class).get();
		}
		List<Object> expected = new ArrayList<>(before);
		expected.add(late);
		assertThat(seen).containsExactlyElementsOf(expected).doesNotContain(early);
	}

	@Test
	void aCursorOnlyContinuesTheOrderItCameFrom() {
		HttpGraphQlTester worker = demo("demo-worker");
		String cursor = worker.document("{ needs(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("needs.pageInfo.endCursor")
			.entity(String.class)
			.get();
		expectCode(worker
			.document("query($a: String) { needs(first: 1, after: $a, orderBy: {field: CREATED}) { totalCount } }")
			.variable("a", cursor)
			.execute(), "BAD_USER_INPUT");
		expectCode(worker.document("{ needs(first: 1, after: \"bm9wZQ\") { totalCount } }").execute(),
				"BAD_USER_INPUT");
		expectCode(worker.document("{ needs(first: 101) { totalCount } }").execute(), "BAD_USER_INPUT");
	}

}
