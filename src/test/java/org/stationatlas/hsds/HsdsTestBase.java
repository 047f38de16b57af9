package org.stationatlas.hsds;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.stationatlas.ApiTest;

import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls the HSDS endpoints as the demo partner (API key) and validates what they return
 * against the HSDS schemas.
 */
abstract class HsdsTestBase extends ApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	HsdsFixtures data;

	@BeforeEach
	void insertResources() {
		this.data = new HsdsFixtures(this.jdbc);
	}

	@AfterEach
	void deleteResources() {
		this.data.delete();
	}

	WebTestClient client(String header, String value) {
		WebTestClient.Builder builder = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port);
		return (header != null) ? builder.defaultHeader(header, value).build() : builder.build();
	}

	WebTestClient partner() {
		return client("X-Api-Key", "demo-partner-key");
	}

	String body(String uri, int status) {
		return partner().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * A list page, each of whose items is checked against the list schema of that
	 * endpoint.
	 */
	JsonNode page(String uri, String listSchema) {
		JsonNode page = JSON.readTree(body(uri, 200));
		for (JsonNode item : page.get("contents")) {
			HsdsSchemas.assertValid(listSchema, JSON.writeValueAsString(item));
		}
		return page;
	}

	/** A single record, checked against its schema. */
	JsonNode one(String uri, String schema) {
		String body = body(uri, 200);
		HsdsSchemas.assertValid(schema, body);
		return JSON.readTree(body);
	}

	/** The lines of an ndjson stream, each checked against the record's schema. */
	List<JsonNode> ndjson(String uri, String schema) {
		String body = partner().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/x-ndjson")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<JsonNode> records = new ArrayList<>();
		for (String line : (body == null) ? new String[0] : body.split("\n")) {
			HsdsSchemas.assertValid(schema, line);
			records.add(JSON.readTree(line));
		}
		return records;
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("contents").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
