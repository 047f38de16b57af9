package org.stationatlas.security.ratelimit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.stationatlas.ApiTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Redis unreachable the limits fail open: the API keeps answering, and says so in
 * the log once rather than on every request.
 */
@TestPropertySource(properties = { "spring.data.redis.url=redis://127.0.0.1:1", "app.rate-limit.enabled=true",
		"app.rate-limit.anonymous-per-minute=3" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class RateLimitRedisDownTest extends ApiTest {

	@Test
	void requestsStillSucceed(CapturedOutput output) {
		WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build();
		for (int i = 0; i < 5; i++) {
			client.post()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", "{ __typename }"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("X-RateLimit-Remaining")
				.expectBody()
				.jsonPath("$.data.__typename")
				.isEqualTo("Query");
		}
		assertThat(output.getAll().split("Rate limits not enforced", -1)).hasSize(2);
	}

}
