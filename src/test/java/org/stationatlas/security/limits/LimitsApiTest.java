package org.stationatlas.security.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stationatlas.ApiTest;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Posts raw GraphQL requests, so a test can see the whole response: HTTP status, errors
 * and {@code extensions}, the way a mini-program sends them ({@code application/json}).
 */
abstract class LimitsApiTest extends ApiTest {

	protected WebTestClient.ResponseSpec post(Object body) {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	protected WebTestClient.BodyContentSpec postQuery(String query) {
		return post(Map.of("query", query)).expectStatus().isOk().expectBody();
	}

	/** An APQ request: the hash, and the query unless it is {@code null}. */
	protected WebTestClient.BodyContentSpec postPersisted(String query, String hash) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		return post(body).expectStatus().isOk().expectBody();
	}

	protected static String sha256(String query) {
		return AllowList.sha256(query);
	}

}
