package org.stationatlas.account;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.JdkClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, refreshing and signing out, and what happens to tokens that are not ours.
 */
class AuthTest extends ApiTest {

	static final String LOGIN = """
			mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) {
			  accessToken refreshToken expiresIn tokenType user { displayName role station { name } }
			  userErrors { field code message } } }""";

	static final String REFRESH = """
			mutation($t: String!) { refreshToken(input: {refreshToken: $t}) {
			  accessToken refreshToken userErrors { code } } }""";

	@Test
	void staffSignInAndTheTokenWorks() {
		GraphQlTester.Response login = login("demo-worker", "demo-password");
		login.path("login.userErrors").entityList(Map.class).hasSize(0);
		login.path("login.expiresIn").entity(Integer.class).isEqualTo(900);
		login.path("login.tokenType").entity(String.class).isEqualTo("Bearer");
		login.path("login.user.role").entity(String.class).isEqualTo("SOCIAL_WORKER");
		assertThat(this.jdbc.queryForObject(
				"SELECT actor_name FROM audit_log WHERE action = 'LOGIN' AND target_id = 4 ORDER BY id DESC LIMIT 1",
				String.class))
			.isEqualTo("account:4");
		String token = login.path("login.accessToken").entity(String.class).get();
		withToken(token).document("{ me { displayName role station { name } } }")
			.execute()
			.path("me.displayName")
			.entity(String.class)
			.isEqualTo("禾丰社工（演示）")
			.path("me.station.name")
			.entity(String.class)
			.isEqualTo("锦禾区禾丰街道社会工作服务站");
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
		String wrong = login("demo-supervisor", "not-the-password").path("login.userErrors[0].code")
			.entity(String.class)
			.get();
		String unknown = login("nobody-" + System.nanoTime(), "demo-password").path("login.userErrors[0].code")
			.entity(String.class)
			.get();
		assertThat(wrong).isEqualTo(unknown).isEqualTo("INVALID_CREDENTIALS");
		login("demo-supervisor", "demo-password").path("login.accessToken")
			.entity(String.class)
			.satisfies((t) -> assertThat(t).isNotBlank());
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
		String username = newStaff();
		for (int i = 0; i < 5; i++) {
			login(username, "wrong-password-" + i).path("login.userErrors[0].code")
				.entity(String.class)
				.isEqualTo("INVALID_CREDENTIALS");
		}
		login(username, "correct-horse-battery").path("login.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("ACCOUNT_LOCKED")
			.path("login.accessToken")
			.valueIsNull();
	}

	@Test
	void refreshTokensRotateAndAReusedOneEndsTheWholeSession() {
		GraphQlTester.Response login = login("demo-volunteer", "demo-password");
		String first = login.path("login.refreshToken").entity(String.class).get();
		GraphQlTester.Response refreshed = refresh(first);
		refreshed.path("refreshToken.userErrors").entityList(Map.class).hasSize(0);
		String second = refreshed.path("refreshToken.refreshToken").entity(String.class).get();
		assertThat(second).isNotEqualTo(first);
		withToken(refreshed.path("refreshToken.accessToken").entity(String.class).get()).document("{ me { role } }")
			.execute()
			.path("me.role")
			.entity(String.class)
			.isEqualTo("VOLUNTEER");
		refresh(first).path("refreshToken.userErrors[0].code").entity(String.class).isEqualTo("REFRESH_TOKEN_REUSED");
		refresh(second).path("refreshToken.userErrors[0].code").entity(String.class).isEqualTo("REFRESH_TOKEN_REVOKED");
		refresh("made-up-token").path("refreshToken.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("REFRESH_TOKEN_INVALID");
	}

	@Test
	void logoutEndsBothTokensAtOnce() {
		GraphQlTester.Response login = login("demo-station-admin", "demo-password");
		String access = login.path("login.accessToken").entity(String.class).get();
		String refreshToken = login.path("login.refreshToken").entity(String.class).get();
		withToken(access).document("mutation($t: String) { logout(input: {refreshToken: $t}) { loggedOut } }")
			.variable("t", refreshToken)
			.execute()
			.path("logout.loggedOut")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertRefused(access);
		refresh(refreshToken).path("refreshToken.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("REFRESH_TOKEN_REVOKED");
	}

	@Test
	void forgedExpiredAndTamperedTokensAreRefused() {
		String good = accessToken(Role.STATION_ADMIN, 1L);
		String[] parts = good.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		String elevated = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("\"role\":\"STATION_ADMIN\"", "\"role\":\"PLATFORM_ADMIN\"").getBytes());
		assertRefused(parts[0] + "." + elevated + "." + parts[2]);
		assertRefused(parts[0] + "." + parts[1] + ".");
		String noneAlg = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
		assertRefused(noneAlg + "." + parts[1] + ".");
		assertRefused(
				signed("another-key-that-is-long-enough-0123456789", "station-atlas", Instant.now().plusSeconds(600)));
		assertRefused(signed(null, "station-atlas", Instant.now().minusSeconds(600)));
		assertRefused("not.a.jwt");
		// Signed with our key but not issued by us (no issuer): refused all the same.
		assertRefused(signed(null, null, Instant.now().plusSeconds(600)));
		// The control: the same construction with our issuer is accepted, so the refusals
		// above are for their reasons.
		withToken(signed(null, "station-atlas", Instant.now().plusSeconds(600))).document("{ stations { totalCount } }")
			.execute()
			.path("stations.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive());
	}

	private void assertRefused(String token) {
		WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build()
			.post()
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.bodyValue("{\"query\":\"{ stations { totalCount } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.errors[0].message")
			.value((m) -> assertThat((String) m).contains("令牌"))
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("TOKEN_INVALID");
	}

	private String signed(String otherKey, String issuer, Instant expiry) {
		SecretKeySpec key = new SecretKeySpec(
				((otherKey != null) ? otherKey : "dev-only-jwt-secret-change-me-0123456789abcdef").getBytes(),
				"HmacSHA256");
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder();
		if (issuer != null) {
			builder.issuer(issuer);
		}
		JwtClaimsSet claims = builder.subject("2")
			.issuedAt(expiry.minusSeconds(900))
			.expiresAt(expiry)
			.claim("authorities", List.of("station:all"))
			.build();
		return new NimbusJwtEncoder(new ImmutableSecret<>(key))
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	private String newStaff() {
		String username = "locktest" + System.nanoTime();
		platformAdmin().document("""
				mutation($u: String!) { createUser(input: {username: $u, password: "correct-horse-battery",
				  displayName: "锁定测试", role: SOCIAL_WORKER, stationId: "U3RhdGlvbjox"}) { userErrors { code } } }""")
			.variable("u", username)
			.execute()
			.path("createUser.userErrors")
			.entityList(Map.class)
			.hasSize(0);
		return username;
	}

	private GraphQlTester.Response login(String username, String password) {
		return anonymous().document(LOGIN).variable("u", username).variable("p", password).execute();
	}

	private GraphQlTester.Response refresh(String token) {
		return anonymous().document(REFRESH).variable("t", token).execute();
	}

}
