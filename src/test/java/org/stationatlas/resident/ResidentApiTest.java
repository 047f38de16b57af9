package org.stationatlas.resident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service recipients: recording, reading within the station, personal data and its
 * protection.
 */
class ResidentApiTest extends ApiTest {

	static final String COMMUNITY_1 = GlobalId.encode("Community", 1);

	static final String COMMUNITY_2 = GlobalId.encode("Community", 2);

	static final String CREATE = """
			mutation($input: CreateResidentInput!) { createResident(input: $input) {
			  resident { id name gender birthDate age idNumber phone categories tags consentGiven status version
			    community { name } location { lat lng } }
			  userErrors { field code message } } }""";

	static final String UPDATE = """
			mutation($input: UpdateResidentInput!) { updateResident(input: $input) {
			  resident { id name version idNumber phone consentGiven categories } userErrors { code message } } }""";

	@Test
	void aWorkerRecordsAResidentWithProtectedPersonalData() {
		String idNumber = FakeIdNumbers.next(1948);
		GraphQlTester.Response created = create(demo("demo-worker"), resident("王秀英", idNumber, true));
		created.path("createResident.userErrors").entityList(Map.class).hasSize(0);
		created.path("createResident.resident.idNumber")
			.entity(String.class)
			.isEqualTo(idNumber.substring(0, 3) + "***********" + idNumber.substring(14));
		created.path("createResident.resident.phone").entity(String.class).isEqualTo("139****0001");
		created.path("createResident.resident.gender").entity(String.class).isEqualTo("FEMALE");
		created.path("createResident.resident.birthDate").entity(String.class).isEqualTo("1948-05-01");
		created.path("createResident.resident.categories")
			.entityList(String.class)
			.containsExactly("ELDERLY_ALONE", "MINIMUM_ALLOWANCE");
		String id = created.path("createResident.resident.id").entity(String.class).get();
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT id_number_cipher, id_number_hmac, phone_cipher, geohash FROM resident WHERE id = ?",
				GlobalId.decode(id, "Resident"));
		assertThat((String) row.get("id_number_cipher")).startsWith("dev1:").doesNotContain(idNumber);
		assertThat((String) row.get("geohash")).hasSize(8).startsWith("wm");
		demo("demo-worker").document("{ resident(id: \"%s\") { idNumberFull phoneFull } }".formatted(id))
			.execute()
			.path("resident.idNumberFull")
			.entity(String.class)
			.isEqualTo(idNumber);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'FULL_VALUE_READ' AND target_type = 'Resident' AND target_id = ?",
				Integer.class, GlobalId.decode(id, "Resident")))
			.isEqualTo(2);
	}

	@Test
	void sensitiveFieldsNeedConsentAndWithdrawingErasesThem() {
		String idNumber = FakeIdNumbers.next(1950);
		create(demo("demo-worker"), resident("李建国", idNumber, false)).path("createResident.userErrors[*].code")
			.entityList(String.class)
			.contains("CONSENT_REQUIRED");
		var created = create(demo("demo-worker"), resident("李建国", idNumber, true));
		String id = created.path("createResident.resident.id").entity(String.class).get();
		demo("demo-worker").document(UPDATE)
			.variable("input", Map.of("id", id, "version", 0, "consentGiven", false))
			.execute()
			.path("updateResident.resident.idNumber")
			.valueIsNull()
			.path("updateResident.resident.phone")
			.valueIsNull();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM resident WHERE id = ? AND id_number_cipher IS NULL",
				Integer.class, GlobalId.decode(id, "Resident")))
			.isEqualTo(1);
	}

	@Test
	void aDuplicateIdNumberInTheStationIsRefusedNamingTheExistingRecord() {
		String idNumber = FakeIdNumbers.next(1960);
		String first = create(demo("demo-worker"), resident("张伟", idNumber, true)).path("createResident.resident.id")
			.entity(String.class)
			.get();
		int before = count("resident");
		create(demo("demo-worker"), resident("张伟伟", idNumber, true)).path("createResident.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("DUPLICATE_ID_NUMBER")
			.path("createResident.userErrors[0].message")
			.entity(String.class)
			.satisfies((m) -> assertThat(m).contains(first).contains("张*"));
		assertThat(count("resident")).isEqualTo(before);
		// Another station may serve the same person.
		Map<String, Object> other = resident("张伟", idNumber, true);
		other.put("communityId", GlobalId.encode("Community", 6));
		create(demo("demo-worker-2"), other).path("createResident.userErrors").entityList(Map.class).hasSize(0);
	}

	@Test
	void badInputIsRefusedAndWritesNothing() {
		int before = count("resident");
		Map<String, String> cases = Map.of("INVALID_ID_NUMBER", "110101199003071234", "INVALID_PHONE", "phone",
				"TOO_LONG", "name", "NOT_FOUND", "community", "ID_BIRTH_MISMATCH", "birth", "COORDINATE_OUT_OF_RANGE",
				"location");
		for (var c : cases.entrySet()) {
			Map<String, Object> input = resident("赵六", FakeIdNumbers.next(1970), true);
			switch (c.getValue()) {
				case "phone" -> input.put("phone", "12345");
				case "name" -> input.put("name", "名".repeat(51));
				case "community" -> input.put("communityId", GlobalId.encode("Community", 6));
				case "birth" -> input.put("birthDate", "1971-01-01");
				case "location" -> input.put("location", Map.of("lat", 30.6, "lng", 190));
				default -> input.put("idNumber",
						c.getKey().equals("INVALID_ID_NUMBER") ? c.getValue() : input.get("idNumber"));
			}
			create(demo("demo-worker"), input).path("createResident.userErrors[*].code")
				.entityList(String.class)
				.contains(c.getKey());
		}
		assertThat(count("resident")).isEqualTo(before);
	}

	@Test
	void readsStayInTheStationAndVolunteersResidentsAndPartnersSeeNothing() {
		String id = create(demo("demo-worker"), resident("孙桂兰", null, false)).path("createResident.resident.id")
			.entity(String.class)
			.get();
		demo("demo-worker-2").document("{ resident(id: \"%s\") { name } }".formatted(id))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify();
		for (HttpGraphQlTester caller : List.of(demo("demo-volunteer"), demo("demo-resident"),
				withApiKey("demo-partner-key"))) {
			caller.document("{ residents { totalCount } }")
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
			caller.document("{ node(id: \"%s\") { id } }".formatted(id))
				.execute()
				.errors()
				.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
				.verify();
		}
		assertThat(names(demo("demo-worker-2"), "{ text: \"孙桂兰\" }")).isEmpty();
		assertThat(names(demo("demo-supervisor"), "{ text: \"孙桂兰\" }")).contains("孙桂兰");
	}

	@Test
	void chineseTextSearchFindsNamesAndAddressesByAnyPart() {
		Map<String, Object> input = resident("欧阳明月", null, false);
		input.put("address", "锦禾区禾丰街道槐荫街88号2栋");
		create(demo("demo-worker"), input);
		HttpGraphQlTester worker = demo("demo-worker");
		assertThat(names(worker, "{ text: \"欧阳\" }")).contains("欧阳明月");
		assertThat(names(worker, "{ text: \"明月\" }")).contains("欧阳明月");
		assertThat(names(worker, "{ text: \"月\" }")).contains("欧阳明月");
		assertThat(names(worker, "{ text: \"槐荫街88\" }")).contains("欧阳明月");
		assertThat(names(worker, "{ text: \"阳月\" }")).doesNotContain("欧阳明月");
		assertThat(names(worker, "{ text: \"' OR 1=1 --\" }")).isEmpty();
	}

	@Test
	void filtersByCategoryAgeAndCommunity() {
		Map<String, Object> input = resident("周老太", FakeIdNumbers.next(1935), true);
		create(demo("demo-worker"), input);
		HttpGraphQlTester worker = demo("demo-worker");
		assertThat(names(worker, "{ category: ELDERLY_ALONE, ageRange: {min: 80} }")).contains("周老太");
		assertThat(names(worker, "{ category: DISABLED, ageRange: {min: 80} }")).doesNotContain("周老太");
		assertThat(names(worker, "{ ageRange: {max: 60} }")).doesNotContain("周老太");
		assertThat(names(worker, "{ communityId: \"%s\" }".formatted(COMMUNITY_2))).doesNotContain("周老太");
		worker.document("{ residents(filter: {ageRange: {min: 90, max: 10}}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "INVALID_AGE_RANGE".equals(e.getExtensions().get("reason")))
			.verify();
	}

	@Test
	void movingStatusAndVersionChecks() {
		String id = create(demo("demo-worker"), resident("钱多多", null, false)).path("createResident.resident.id")
			.entity(String.class)
			.get();
		HttpGraphQlTester worker = demo("demo-worker");
		worker.document("""
				mutation($id: ID!) { moveResident(input: {id: $id, version: 0, communityId: "%s", address: "杏林街1号"}) {
				  resident { community { name } version } userErrors { code } } }""".formatted(COMMUNITY_2))
			.variable("id", id)
			.execute()
			.path("moveResident.resident.community.name")
			.entity(String.class)
			.isEqualTo("杏林社区");
		worker.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 0, "name", "钱少少"))
			.execute()
			.path("updateResident.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("VERSION_CONFLICT");
		String setStatus = """
				mutation($id: ID!, $v: Int!, $s: ResidentStatus!) { setResidentStatus(input: {id: $id, version: $v, status: $s}) {
				  resident { status version } userErrors { code } } }""";
		worker.document(setStatus)
			.variable("id", id)
			.variable("v", 1)
			.variable("s", "DECEASED")
			.execute()
			.path("setResidentStatus.resident.status")
			.entity(String.class)
			.isEqualTo("DECEASED");
		worker.document(setStatus)
			.variable("id", id)
			.variable("v", 2)
			.variable("s", "ACTIVE")
			.execute()
			.path("setResidentStatus.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("ILLEGAL_STATUS_CHANGE");
	}

	@Test
	void residentsRecordWhoCreatedAndChangedThem() {
		HttpGraphQlTester admin = demo("demo-station-admin");
		String id = create(admin, resident("记录人测试", null, false)).path("createResident.resident.id")
			.entity(String.class)
			.get();
		admin
			.document("{ resident(id: \"%s\") { createdBy { username } updatedBy { username } createdAt } }"
				.formatted(id))
			.execute()
			.path("resident.createdBy.username")
			.entity(String.class)
			.isEqualTo("demo-station-admin")
			.path("resident.updatedBy.username")
			.entity(String.class)
			.isEqualTo("demo-station-admin");
	}

	@Test
	void householdsGroupTheirMembers() {
		String household = demo("demo-worker")
			.document(
					"""
							mutation { createHousehold(input: {communityId: "%s", address: "柳塘路5号", categories: [MINIMUM_ALLOWANCE]}) {
							  household { id } userErrors { code } } }"""
						.formatted(COMMUNITY_1))
			.execute()
			.path("createHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> head = resident("户主甲", null, false);
		head.put("householdId", household);
		head.put("relationToHead", "HEAD");
		create(demo("demo-worker"), head);
		demo("demo-worker")
			.document("{ household(id: \"%s\") { categories members { name relationToHead } } }".formatted(household))
			.execute()
			.path("household.members[0].name")
			.entity(String.class)
			.isEqualTo("户主甲")
			.path("household.categories[0]")
			.entity(String.class)
			.isEqualTo("MINIMUM_ALLOWANCE");
	}

	private List<String> names(HttpGraphQlTester tester, String filter) {
		return tester.document("{ residents(filter: %s, first: 100) { edges { node { name } } } }".formatted(filter))
			.execute()
			.path("residents.edges[*].node.name")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response create(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(CREATE).variable("input", input).execute();
	}

	static Map<String, Object> resident(String name, String idNumber, boolean consent) {
		Map<String, Object> input = new HashMap<>();
		input.put("communityId", COMMUNITY_1);
		input.put("name", name);
		if (idNumber != null) {
			input.put("idNumber", idNumber);
			input.put("phone", "139 0000 0001");
		}
		input.put("address", "锦禾区禾丰街道柳塘路12号");
		input.put("location", Map.of("lat", 30.626436, "lng", 104.046772));
		input.put("categories", List.of("ELDERLY_ALONE", "MINIMUM_ALLOWANCE"));
		input.put("tags", List.of("重点关注"));
		input.put("consentGiven", consent);
		return input;
	}

}
