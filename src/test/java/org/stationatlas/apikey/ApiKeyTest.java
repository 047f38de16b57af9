package org.stationatlas.apikey;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner API keys: shown once, stored hashed, read-only and public-only, revocable at
 * once.
 */
class ApiKeyTest extends ApiTest {

	static final String CREATE = """
			mutation($name: String!) { createApiKey(input: {name: $name, rateLimitPerMinute: 120}) {
			  key apiKey { id name keyPrefix rateLimitPerMinute revoked } userErrors { code } } }""";

	@Test
	void aPlatformAdminCreatesAKeyThatIsShownOnceAndStoredHashed() {
		var created = demo("demo-admin").document(CREATE).variable("name", "测试公益组织").execute();
		String key = created.path("createApiKey.key").entity(String.class).get();
		assertThat(key).startsWith("sak_").hasSizeGreaterThan(40);
		created.path("createApiKey.apiKey.keyPrefix").entity(String.class).isEqualTo(key.substring(0, 12));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE key_hash = SHA2(?, 256)", Integer.class,
				key))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE key_hash = ? OR key_prefix = ?",
				Integer.class, key, key))
			.isEqualTo(0);
		withApiKey(key).document("{ stations { totalCount } }")
			.execute()
			.path("stations.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive());
		demo("demo-admin").document("{ apiKeys(first: 100) { edges { node { keyPrefix } } } }")
			.execute()
			.path("apiKeys.edges[*].node.keyPrefix")
			.entityList(String.class)
			.contains(key.substring(0, 12));
	}

	@Test
	void aRevokedKeyStopsWorkingAtOnce() {
		var created = demo("demo-admin").document(CREATE).variable("name", "将被吊销").execute();
		String key = created.path("createApiKey.key").entity(String.class).get();
		String id = created.path("createApiKey.apiKey.id").entity(String.class).get();
		demo("demo-admin").document("mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { revoked } } }")
			.variable("id", id)
			.execute()
			.path("revokeApiKey.apiKey.revoked")
			.entity(Boolean.class)
			.isEqualTo(true);
		refused(key, null, "API_KEY_INVALID");
		refused("sak_made-up", null, "API_KEY_INVALID");
	}

	@Test
	void onlyPlatformAdminsManageKeys() {
		demo("demo-station-admin").document(CREATE)
			.variable("name", "越权")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		withApiKey("demo-partner-key").document("{ apiKeys { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void aPartnerKeyReadsPublicDataAndNothingElse() {
		withApiKey("demo-partner-key").document("{ communities { totalCount } }")
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive());
		for (String query : new String[] { "{ users { totalCount } }", "{ me { id } }", "{ auditLog { totalCount } }",
				"{ user(id: \"%s\") { id } }".formatted(GlobalId.encode("User", 4)) }) {
			withApiKey("demo-partner-key").document(query)
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
		}
		withApiKey("demo-partner-key").document("{ node(id: \"%s\") { id } }".formatted(GlobalId.encode("User", 4)))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify();
		withApiKey("demo-partner-key")
			.document("""
					mutation { archiveCommunity(input: {id: "%s", version: 0}) { userErrors { code } } }"""
				.formatted(GlobalId.encode("Community", 1)))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void aKeyAndATokenTogetherAreRefused() {
		refused("demo-partner-key", "Bearer x", "AMBIGUOUS_CREDENTIALS");
	}

	private void refused(String key, String authorization, String reason) {
		WebTestClient.RequestBodySpec request = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build()
			.post()
			.header("X-Api-Key", key)
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		request.bodyValue(Map.of("query", "{ stations { totalCount } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo(reason);
	}

}
