package org.stationatlas.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which accounts and their personal data: one test per role, allowed and
 * forbidden alike.
 */
class UserAccessTest extends ApiTest {

	static final String WORKER_2 = GlobalId.encode("User", 6);

	static final String WORKER_1 = GlobalId.encode("User", 4);

	static final String USERS = "{ users(first: 100) { totalCount edges { node { username station { name } } } } }";

	@Test
	void everyoneSeesHisOwnPhoneMaskedAndMayReadItInFull() {
		HttpGraphQlTester resident = demo("demo-resident");
		resident.document("{ me { role phone phoneFull } }")
			.execute()
			.path("me.role")
			.entity(String.class)
			.isEqualTo("RESIDENT")
			.path("me.phone")
			.entity(String.class)
			.isEqualTo("138****0007")
			.path("me.phoneFull")
			.entity(String.class)
			.isEqualTo("13800000007");
	}

	@Test
	void stationAdminsListOnlyTheirOwnStationsAccounts() {
		List<String> names = demo("demo-station-admin").document(USERS)
			.execute()
			.path("users.edges[*].node.username")
			.entityList(String.class)
			.get();
		assertThat(names).contains("demo-worker", "demo-supervisor").doesNotContain("demo-worker-2", "demo-admin");
		assertThat(demo("demo-admin").document(USERS)
			.execute()
			.path("users.edges[*].node.username")
			.entityList(String.class)
			.get()).contains("demo-worker", "demo-worker-2", "demo-admin");
	}

	@Test
	void rolesWithoutAccountManagementAreForbiddenAndAnonymousMustSignIn() {
		for (String username : List.of("demo-worker", "demo-supervisor", "demo-volunteer", "demo-resident")) {
			demo(username).document(USERS)
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
		}
		anonymous().document(USERS)
			.execute()
			.errors()
			.expect((e) -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")))
			.verify();
		anonymous().document("{ me { id } }")
			.execute()
			.errors()
			.expect((e) -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void anotherStationsAccountLooksMissingNotForbidden() {
		demo("demo-station-admin").document("{ user(id: \"%s\") { username } }".formatted(WORKER_2))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify();
		demo("demo-station-admin").document("{ node(id: \"%s\") { id } }".formatted(WORKER_2))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void aResidentGuessingOtherAccountIdsLearnsNothing() {
		HttpGraphQlTester resident = demo("demo-resident");
		for (long key = 1; key <= 6; key++) {
			String id = GlobalId.encode("User", key);
			resident.document("{ node(id: \"%s\") { id ... on User { username phone } } }".formatted(id))
				.execute()
				.errors()
				.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
				.verify()
				.path("node")
				.valueIsNull();
		}
	}

	@Test
	void fullPhoneReadsAreAuditedAndTheLogIsScopedToTheStation() {
		HttpGraphQlTester admin = demo("demo-station-admin");
		long before = auditLines(WORKER_1);
		admin.document("{ user(id: \"%s\") { phone phoneFull } }".formatted(WORKER_1))
			.execute()
			.path("user.phone")
			.entity(String.class)
			.isEqualTo("138****0004")
			.path("user.phoneFull")
			.entity(String.class)
			.isEqualTo("13800000004");
		assertThat(auditLines(WORKER_1)).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("""
				SELECT CONCAT(actor_name, '|', field, '|', station_id) FROM audit_log
				WHERE action = 'FULL_VALUE_READ' AND target_id = 4 ORDER BY id DESC LIMIT 1""", String.class))
			.isEqualTo("account:2|phone|1");
		demo("demo-supervisor").document("""
				{ auditLog(filter: {action: "FULL_VALUE_READ", targetId: "%s"}) {
				  totalCount edges { node { actorName action target field } } } }""".formatted(WORKER_1))
			.execute()
			.path("auditLog.edges[0].node.field")
			.entity(String.class)
			.isEqualTo("phone")
			.path("auditLog.edges[0].node.target")
			.entity(String.class)
			.isEqualTo(WORKER_1);
		demo("demo-worker-2").document("{ auditLog { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		as(Role.SUPERVISOR, 2L).document("{ auditLog(filter: {targetId: \"%s\"}) { totalCount } }".formatted(WORKER_1))
			.execute()
			.path("auditLog.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aVolunteerCannotReadAnyonesFullPhone() {
		demo("demo-volunteer").document("{ me { phone } }")
			.execute()
			.path("me.phone")
			.entity(String.class)
			.isEqualTo("138****0005");
		demo("demo-volunteer").document("{ user(id: \"%s\") { phoneFull } }".formatted(WORKER_1))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void injectionStringsInTextFiltersAreJustText() {
		for (String text : List.of("' OR 1=1 --", "\\", "%", "_", "\"; DROP TABLE app_user; --", "demo%' OR '1'='1")) {
			demo("demo-admin").document("query($t: String) { users(filter: {text: $t}) { totalCount } }")
				.variable("t", text)
				.execute()
				.path("users.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
			anonymous().document("query($t: String) { stations(filter: {text: $t}) { totalCount } }")
				.variable("t", text)
				.execute()
				.path("stations.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
			demo("demo-admin").document("query($t: String) { auditLog(filter: {action: $t}) { totalCount } }")
				.variable("t", text)
				.execute()
				.path("auditLog.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		assertThat(count("app_user")).isGreaterThanOrEqualTo(7);
	}

	@Test
	void theAuditLogCannotBeChangedThroughTheApi() {
		List<String> mutations = anonymous().document("{ __schema { mutationType { fields { name } } } }")
			.execute()
			.path("__schema.mutationType.fields[*].name")
			.entityList(String.class)
			.get();
		assertThat(mutations).isNotEmpty().noneMatch((name) -> name.toLowerCase().contains("audit"));
	}

	@Test
	void stationAdminsCreateStaffOfTheirOwnStationWithThePhoneEncrypted() {
		String username = "newworker" + System.nanoTime();
		Map<String, Object> input = Map.of("username", username, "password", "a-long-enough-password", "displayName",
				"新社工", "role", "SOCIAL_WORKER", "stationId", GlobalId.encode("Station", 1), "phone",
				"+86 139 0000 1111");
		demo("demo-station-admin").document("""
				mutation($input: CreateUserInput!) { createUser(input: $input) {
				  user { username phone station { name } } userErrors { code } } }""")
			.variable("input", input)
			.execute()
			.path("createUser.user.phone")
			.entity(String.class)
			.isEqualTo("139****1111");
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT phone_cipher, phone_hmac, password_hash FROM app_user WHERE username = ?", username);
		assertThat((String) row.get("phone_cipher")).startsWith("dev1:").doesNotContain("13900001111");
		assertThat((String) row.get("phone_hmac")).hasSize(64);
		assertThat((String) row.get("password_hash")).startsWith("{bcrypt}$2");
	}

	@Test
	void badOrOutOfScopeAccountsAreRefusedAndNothingIsWritten() {
		int before = count("app_user");
		String station2 = GlobalId.encode("Station", 2);
		String station1 = GlobalId.encode("Station", 1);
		expectCode("ROLE_NOT_ALLOWED", Map.of("username", "x-admin-1", "password", "a-long-enough-password",
				"displayName", "x", "role", "PLATFORM_ADMIN"));
		expectCode("NOT_FOUND", Map.of("username", "x-other-1", "password", "a-long-enough-password", "displayName",
				"x", "role", "SOCIAL_WORKER", "stationId", station2));
		expectCode("WEAK_PASSWORD", Map.of("username", "x-weak-1", "password", "short", "displayName", "x", "role",
				"SOCIAL_WORKER", "stationId", station1));
		expectCode("INVALID_PHONE", Map.of("username", "x-phone-1", "password", "a-long-enough-password", "displayName",
				"x", "role", "SOCIAL_WORKER", "stationId", station1, "phone", "' OR 1=1 --"));
		expectCode("INVALID_USERNAME", Map.of("username", "a b'; DROP TABLE app_user; --", "password",
				"a-long-enough-password", "displayName", "x", "role", "SOCIAL_WORKER", "stationId", station1));
		expectCode("DUPLICATE_USERNAME", Map.of("username", "demo-worker", "password", "a-long-enough-password",
				"displayName", "x", "role", "SOCIAL_WORKER", "stationId", station1));
		assertThat(count("app_user")).isEqualTo(before);
	}

	private void expectCode(String code, Map<String, Object> input) {
		demo("demo-station-admin").document("""
				mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }""")
			.variable("input", input)
			.execute()
			.path("createUser.userErrors[*].code")
			.entityList(String.class)
			.contains(code);
	}

	private long auditLines(String userId) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'FULL_VALUE_READ' AND target_type = 'User' AND target_id = ?",
				Long.class, GlobalId.decode(userId, "User"));
	}

}
