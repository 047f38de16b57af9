package org.stationatlas.need;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a need may be recorded for and with: subjects of every kind, and refused input
 * that writes nothing.
 */
class NeedInputTest extends NeedApiTest {

	@Test
	void refusedInputWritesNothing() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		int rows = needRows();
		Map<String, Object> bad = needInput(resident, "HIGH");
		bad.put("description", "   ");
		bad.put("subCategory", "类".repeat(51));
		bad.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
		GraphQlTester.Response refused = create(worker, bad);
		refused.path("createNeed.userErrors[*].code")
			.entityList(String.class)
			.satisfies((l) -> assertThat(l).containsExactlyInAnyOrder("REQUIRED", "TOO_LONG", "DUE_DATE_IN_PAST"));
		refused.path("createNeed.userErrors[*].field[1]")
			.entityList(String.class)
			.satisfies((l) -> assertThat(l).containsExactlyInAnyOrder("description", "subCategory", "dueDate"));
		Map<String, Object> tooLong = needInput(resident, "HIGH");
		tooLong.put("description", "长".repeat(2001));
		hasUserError(create(worker, tooLong), "createNeed", "TOO_LONG");
		hasUserError(create(worker, needInput(COMMUNITY_OF_STATION_2, "LOW")), "createNeed", "NOT_FOUND");
		hasUserError(create(worker, needInput(GlobalId.encode("Resident", 999_999), "LOW")), "createNeed", "NOT_FOUND");
		hasUserError(create(worker, needInput(GlobalId.encode("Station", 1), "LOW")), "createNeed", "INVALID_SUBJECT");
		assertThat(needRows()).isEqualTo(rows);

		String id = need(worker, needInput(resident, "LOW"));
		rows = needRows();
		GraphQlTester.Response edit = worker.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 0, "description", "长".repeat(2001), "urgency", "CRISIS"))
			.execute();
		hasUserError(edit, "updateNeed", "TOO_LONG");
		assertThat(needRows()).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("SELECT urgency FROM need WHERE id = ?", String.class,
				GlobalId.decode(id, "Need")))
			.isEqualTo("LOW");
	}

	@Test
	void householdAndCommunityNeedsHaveTheirSubjects() {
		HttpGraphQlTester admin = demo("demo-station-admin");
		String household = admin.document("""
				mutation { createHousehold(input: {communityId: "%s", address: "柳塘社区 3 栋 2 单元 501"}) {
				  household { id } } }""".formatted(COMMUNITY_2))
			.execute()
			.path("createHousehold.household.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response forHousehold = create(admin, needInput(household, "MEDIUM"));
		forHousehold.path("createNeed.need.subject.__typename").entity(String.class).isEqualTo("Household");
		forHousehold.path("createNeed.need.subject.address").entity(String.class).isEqualTo("柳塘社区 3 栋 2 单元 501");
		forHousehold.path("createNeed.need.community.id").entity(String.class).isEqualTo(COMMUNITY_2);
		forHousehold.path("createNeed.need.resident").valueIsNull();
		GraphQlTester.Response forCommunity = create(admin, needInput(COMMUNITY_2, "LOW"));
		forCommunity.path("createNeed.need.subject.__typename").entity(String.class).isEqualTo("Community");
		forCommunity.path("createNeed.need.subjectType").entity(String.class).isEqualTo("COMMUNITY");
		forCommunity.path("createNeed.need.subject.id").entity(String.class).isEqualTo(COMMUNITY_2);
	}

}
