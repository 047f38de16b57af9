package org.stationatlas.security.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code POST /graphql} refuses before GraphQL reads it: oversized bodies, with or
 * without {@code Content-Length}, and batches.
 */
class RequestFilterTest extends LimitsApiTest {

	static final int LIMIT = 64 * 1024;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void acceptsABodyJustUnderTheLimit() throws Exception {
		HttpResponse<String> response = send(BodyPublishers.ofString(body(LIMIT - 100)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"__typename\":\"Query\"");
	}

	@Test
	void refusesAnOversizedBodyWith413() throws Exception {
		HttpResponse<String> response = send(BodyPublishers.ofString(body(LIMIT + 1)));
		assertTooLarge(response);
	}

	@Test
	void countsTheBytesOfAChunkedBodyWithoutContentLength() throws Exception {
		byte[] bytes = body(LIMIT + 1).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = send(BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(bytes)));
		assertTooLarge(response);
	}

	@Test
	void refusesABatchWithAClear400() throws Exception {
		HttpResponse<String> response = send(BodyPublishers.ofString("[{\"query\":\"{ __typename }\"}]"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"code\":\"BAD_USER_INPUT\"")
			.contains("\"reason\":\"BATCH_NOT_SUPPORTED\"")
			.contains("不支持批量请求");
	}

	private void assertTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).startsWith("{\"errors\":[{\"message\":\"请求过大")
			.contains("64 KB")
			.contains("\"extensions\":{\"code\":\"BAD_USER_INPUT\",\"reason\":\"REQUEST_TOO_LARGE\"}");
	}

	/** A valid request of exactly {@code size} bytes, padded with a GraphQL comment. */
	private static String body(int size) {
		String start = "{\"query\":\"{ __typename } #";
		String end = "\"}";
		return start + "x".repeat(size - start.length() - end.length()) + end;
	}

	private HttpResponse<String> send(BodyPublisher body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(body)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
