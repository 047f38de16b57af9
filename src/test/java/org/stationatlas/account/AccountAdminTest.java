package org.stationatlas.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disabling accounts, and what a disabled account can still do (nothing).
 */
class AccountAdminTest extends ApiTest {

	static final String SET_STATUS = """
			mutation($id: ID!, $s: AccountStatus!) { setUserStatus(input: {id: $id, status: $s}) {
			  user { status } userErrors { code } } }""";

	@Test
	void aDisabledAccountCanNeitherSignInNorRefresh() {
		String username = "disable" + System.nanoTime();
		String id = demo("demo-station-admin")
			.document("""
					mutation($u: String!) { createUser(input: {username: $u, password: "a-long-enough-password",
					  displayName: "待停用", role: VOLUNTEER, stationId: "%s"}) { user { id } } }"""
				.formatted(GlobalId.encode("Station", 1)))
			.variable("u", username)
			.execute()
			.path("createUser.user.id")
			.entity(String.class)
			.get();
		String refresh = login(username).get("refreshToken");
		demo("demo-station-admin").document(SET_STATUS)
			.variable("id", id)
			.variable("s", "DISABLED")
			.execute()
			.path("setUserStatus.user.status")
			.entity(String.class)
			.isEqualTo("DISABLED");
		assertThat(login(username)).containsEntry("code", "ACCOUNT_DISABLED");
		anonymous()
			.document("mutation($t: String!) { refreshToken(input: {refreshToken: $t}) { userErrors { code } } }")
			.variable("t", refresh)
			.execute()
			.path("refreshToken.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("ACCOUNT_DISABLED");
		demo("demo-station-admin").document(SET_STATUS)
			.variable("id", id)
			.variable("s", "ACTIVE")
			.execute()
			.path("setUserStatus.user.status")
			.entity(String.class)
			.isEqualTo("ACTIVE");
		assertThat(login(username)).containsKey("refreshToken");
	}

	@Test
	void nobodyDisablesHimselfOrAnotherStationsAccount() {
		demo("demo-station-admin").document(SET_STATUS)
			.variable("id", GlobalId.encode("User", 2))
			.variable("s", "DISABLED")
			.execute()
			.path("setUserStatus.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CANNOT_CHANGE_SELF");
		demo("demo-station-admin").document(SET_STATUS)
			.variable("id", GlobalId.encode("User", 6))
			.variable("s", "DISABLED")
			.execute()
			.path("setUserStatus.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		demo("demo-worker").document(SET_STATUS)
			.variable("id", GlobalId.encode("User", 5))
			.variable("s", "DISABLED")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(this.jdbc.queryForObject("SELECT status FROM app_user WHERE id = 6", String.class))
			.isEqualTo("ACTIVE");
	}

	private Map<String, String> login(String username) {
		Map<String, Object> payload = anonymous().document("""
				mutation($u: String!) { login(input: {username: $u, password: "a-long-enough-password"}) {
				  refreshToken userErrors { code } } }""")
			.variable("u", username)
			.execute()
			.path("login")
			.entity(Map.class)
			.get();
		if (payload.get("refreshToken") != null) {
			return Map.of("refreshToken", (String) payload.get("refreshToken"));
		}
		return Map.of("code", (String) ((Map<?, ?>) ((List<?>) payload.get("userErrors")).get(0)).get("code"));
	}

}
