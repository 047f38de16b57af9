package org.stationatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages around the API that client teams use: the printed schema for code generators,
 * and GraphiQL.
 */
class EndpointsTest extends ApiTest {

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void printsTheSchemaForCodeGenerators() throws Exception {
		HttpResponse<String> schema = get("/graphql/schema");
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Community implements Node").contains("社区名称");
	}

	@Test
	void servesGraphiql() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsIgnoringCase("graphiql");
	}

	@Test
	void malformedRequestBodiesGetNoStackTrace() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{not json"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
