package org.stationatlas.need;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents on the mini-program: submitting their own needs and reading only theirs.
 */
class NeedSubmitTest extends NeedApiTest {

	@Test
	void aResidentSubmitsHisOwnNeedAndSeesOnlyHis() {
		String mine = linkedResident();
		HttpGraphQlTester resident = demo("demo-resident");
		GraphQlTester.Response submitted = resident.document(SUBMIT)
			.variable("input", Map.of("category", "SAFETY", "description", "楼道灯坏了，晚上回家看不清台阶"))
			.execute();
		submitted.path("submitNeed.userErrors").entityList(Map.class).hasSize(0);
		submitted.path("submitNeed.need.type").entity(String.class).isEqualTo("EXPRESSED");
		submitted.path("submitNeed.need.status").entity(String.class).isEqualTo("OPEN");
		submitted.path("submitNeed.need.urgency").entity(String.class).isEqualTo("MEDIUM");
		submitted.path("submitNeed.need.assessmentMethod").entity(String.class).isEqualTo("SERVICE_DATA");
		submitted.path("submitNeed.need.selfReported").entity(Boolean.class).isEqualTo(true);
		submitted.path("submitNeed.need.assessedBy").valueIsNull();
		submitted.path("submitNeed.need.assessedAt").valueIsNull();
		submitted.path("submitNeed.need.resident.id").entity(String.class).isEqualTo(mine);
		String id = submitted.path("submitNeed.need.id").entity(String.class).get();
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT submitted_by, station_id, community_id FROM need WHERE id = ?", GlobalId.decode(id, "Need"));
		assertThat(row).containsEntry("submitted_by", 7L).containsEntry("station_id", 1L);

		HttpGraphQlTester worker = demo("demo-worker");
		String someoneElse = need(worker, needInput(resident(worker, COMMUNITY_1), "CRISIS"));
		GraphQlTester.Response list = resident.document(MY_NEEDS).execute();
		List<String> ids = list.path("myNeeds.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).contains(id).doesNotContain(someoneElse);
		list.path("myNeeds.edges[*].node.resident.id")
			.entityList(String.class)
			.satisfies((owners) -> assertThat(owners).containsOnly(mine));
		// The worker reviews it: it is in the station's list.
		worker.document("query($id: ID!) { need(id: $id) { type selfReported } }")
			.variable("id", id)
			.execute()
			.path("need.selfReported")
			.entity(Boolean.class)
			.isEqualTo(true);
		// His own resident profile lists it too; the needs query itself is staff only.
		resident.document("{ myResidentProfile { needs { edges { node { id } } } } }")
			.execute()
			.path("myResidentProfile.needs.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		expectCode(resident.document("{ needs { totalCount } }").execute(), "FORBIDDEN");
		expectCode(resident.document("query($id: ID!) { need(id: $id) { id } }").variable("id", id).execute(),
				"FORBIDDEN");
	}

	@Test
	void aResidentAccountWithoutARecordIsToldToContactHisStation() {
		HttpGraphQlTester unlinked = as(Role.RESIDENT, DEMO_STATION_1);
		int rows = needRows();
		GraphQlTester.Response refused = unlinked.document(SUBMIT)
			.variable("input", Map.of("category", "MEDICAL", "description", "需要上门体检"))
			.execute();
		hasUserError(refused, "submitNeed", "NOT_LINKED");
		refused.path("submitNeed.userErrors[0].message")
			.entity(String.class)
			.satisfies((m) -> assertThat(m).contains("社工站"));
		assertThat(needRows()).isEqualTo(rows);
		unlinked.document(MY_NEEDS).execute().path("myNeeds.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void submittedInputIsValidated() {
		linkedResident();
		int rows = needRows();
		GraphQlTester.Response refused = demo("demo-resident").document(SUBMIT)
			.variable("input", Map.of("category", "MEDICAL", "description", "", "dueDate", "2020-01-01"))
			.execute();
		refused.path("submitNeed.userErrors[*].code")
			.entityList(String.class)
			.satisfies((l) -> assertThat(l).containsExactlyInAnyOrder("REQUIRED", "DUE_DATE_IN_PAST"));
		assertThat(needRows()).isEqualTo(rows);
	}

	/**
	 * The resident record linked to demo-resident's account: linked here the first time,
	 * reused after (an account links to one record only).
	 */
	private String linkedResident() {
		String existing = profileOfDemoResident();
		if (existing != null) {
			return existing;
		}
		HttpGraphQlTester admin = demo("demo-station-admin");
		String resident = resident(admin, COMMUNITY_1);
		admin.document("""
				mutation($input: LinkResidentAccountInput!) { linkResidentAccount(input: $input) {
				  userErrors { code } } }""")
			.variable("input", Map.of("residentId", resident, "userId", GlobalId.encode("User", 7)))
			.execute()
			.path("linkResidentAccount.userErrors")
			.entityList(Map.class)
			.hasSize(0);
		assertThat(profileOfDemoResident()).isEqualTo(resident);
		return resident;
	}

	@SuppressWarnings("unchecked")
	private String profileOfDemoResident() {
		Map<String, Object> data = demo("demo-resident").document("{ myResidentProfile { id } }")
			.execute()
			.path("$.data")
			.entity(Map.class)
			.get();
		Map<String, Object> profile = (Map<String, Object>) data.get("myResidentProfile");
		return (profile != null) ? (String) profile.get("id") : null;
	}

}
