package org.stationatlas.need;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with needs: staff of another station find nothing (NOT_FOUND),
 * supervisors only read, volunteers and partner keys are refused.
 */
class NeedAccessTest extends NeedApiTest {

	@Test
	void staffOfAnotherStationFindNothing() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		String id = need(worker, needInput(resident, "CRISIS"));
		HttpGraphQlTester other = demo("demo-worker-2");
		int rows = needRows();
		expectCode(other.document("query($id: ID!) { need(id: $id) { id } }").variable("id", id).execute(),
				"NOT_FOUND");
		expectCode(other.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute(),
				"NOT_FOUND");
		expectCode(other.document(UPDATE).variable("input", Map.of("id", id, "version", 0, "urgency", "LOW")).execute(),
				"NOT_FOUND");
		expectCode(transition(other, id, 0, "CLOSED", "不是我站的"), "NOT_FOUND");
		assertThat(ids(needs(other, Map.of("subjectId", resident), null))).isEmpty();
		assertThat(ids(needs(other, null, null))).doesNotContain(id);
		hasUserError(create(other, needInput(resident, "LOW")), "createNeed", "NOT_FOUND");
		hasUserError(create(other, needInput(COMMUNITY_1, "LOW")), "createNeed", "NOT_FOUND");
		assertThat(needRows()).isEqualTo(rows);
		// Her own station's communities are hers to record needs for.
		need(other, needInput(COMMUNITY_OF_STATION_2, "LOW"));
	}

	@Test
	void supervisorsReadButDoNotWrite() {
		HttpGraphQlTester worker = demo("demo-worker");
		String id = need(worker, needInput(resident(worker, COMMUNITY_1), "HIGH"));
		HttpGraphQlTester supervisor = demo("demo-supervisor");
		supervisor.document("query($id: ID!) { need(id: $id) { urgency } }")
			.variable("id", id)
			.execute()
			.path("need.urgency")
			.entity(String.class)
			.isEqualTo("HIGH");
		expectCode(transition(supervisor, id, 0, "MATCHING", null), "FORBIDDEN");
		expectCode(create(supervisor, needInput(COMMUNITY_1, "LOW")), "FORBIDDEN");
		expectCode(supervisor.document(MY_NEEDS).execute(), "FORBIDDEN");
	}

	@Test
	void volunteersPartnersAndStrangersAreRefused() {
		HttpGraphQlTester worker = demo("demo-worker");
		String id = need(worker, needInput(resident(worker, COMMUNITY_1), "HIGH"));
		int rows = needRows();
		for (HttpGraphQlTester caller : List.of(demo("demo-volunteer"), withApiKey("demo-partner-key"))) {
			expectCode(caller.document("{ needs { totalCount } }").execute(), "FORBIDDEN");
			expectCode(caller.document("query($id: ID!) { need(id: $id) { id } }").variable("id", id).execute(),
					"FORBIDDEN");
			expectCode(create(caller, needInput(COMMUNITY_1, "LOW")), "FORBIDDEN");
			expectCode(transition(caller, id, 0, "CLOSED", "无权"), "FORBIDDEN");
			expectCode(caller.document(SUBMIT)
				.variable("input", Map.of("category", "MEDICAL", "description", "冒充居民"))
				.execute(), "FORBIDDEN");
			expectCode(
					caller.document("{ communities(first: 1) { edges { node { needs { totalCount } } } } }").execute(),
					"FORBIDDEN");
			caller.document("query($id: ID!) { node(id: $id) { id } }")
				.variable("id", id)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getExtensions().get("code"))
					.containsOnly("NOT_FOUND"));
		}
		expectCode(anonymous().document("{ needs { totalCount } }").execute(), "UNAUTHENTICATED");
		expectCode(anonymous().document(MY_NEEDS).execute(), "UNAUTHENTICATED");
		assertThat(needRows()).isEqualTo(rows);
	}

}
