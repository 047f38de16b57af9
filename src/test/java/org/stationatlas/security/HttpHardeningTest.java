package org.stationatlas.security;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * CORS for named dashboard origins only, and the security headers on every response.
 */
@TestPropertySource(properties = "app.cors.allowed-origins=https://dashboard.example.org")
class HttpHardeningTest extends ApiTest {

	@Test
	void aNamedOriginMayCallFromTheBrowserAndOthersMayNot() {
		client().options()
			.uri("/graphql")
			.header("Origin", "https://dashboard.example.org")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://dashboard.example.org");
		client().options()
			.uri("/graphql")
			.header("Origin", "https://evil.example.com")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
	}

	@Test
	void responsesCarryTheSecurityHeaders() {
		client().post()
			.uri("/graphql")
			.header("Content-Type", "application/json")
			.bodyValue("{\"query\":\"{ stations { totalCount } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueMatches("Cache-Control", ".*no-store.*");
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

}
