package org.stationatlas.security.ratelimit;

import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets per caller over real HTTP and the real Redis. Note that anonymous callers are
 * all 127.0.0.1 here, and the test Redis database is shared by every test class in the
 * JVM: the address budgets are cleared before and after each test, and users are unique
 * per test.
 */
@TestPropertySource(properties = { "app.rate-limit.enabled=true", "app.rate-limit.anonymous-per-minute=3",
		"app.rate-limit.user-per-minute=5" })
class RateLimitTest extends ApiTest {

	private static final Map<String, String> QUERY = Map.of("query", "{ __typename }");

	@Autowired
	StringRedisTemplate redis;

	@BeforeEach
	@AfterEach
	void clearAddressBudgets() {
		this.redis.delete(this.redis.keys(Budget.KEY_PREFIX + "ip:*"));
	}

	@Test
	void anonymousCallersGet429AfterTheirBudget() {
		for (int remaining = 2; remaining >= 0; remaining--) {
			post(null).expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "3")
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", Integer.toString(remaining));
		}
		EntityExchangeResult<String> rejected = post(null).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "0")
			.expectBody(String.class)
			.returnResult();
		long retryAfter = Long.parseLong(rejected.getResponseHeaders().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 20L);
		String body = rejected.getResponseBody();
		assertThat(JsonPath.<String>read(body, "$.errors[0].message")).isEqualTo("请求过于频繁，请 " + retryAfter + " 秒后重试");
		assertThat(JsonPath.<String>read(body, "$.errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
		assertThat(JsonPath.<String>read(body, "$.errors[0].extensions.reason")).isEqualTo("RATE_LIMITED");
		assertThat(JsonPath.<Integer>read(body, "$.errors[0].extensions.retryAfter")).isEqualTo((int) retryAfter);
	}

	@Test
	void onlyTheGraphQlEndpointIsLimited() {
		for (int i = 0; i < 4; i++) {
			post(null);
		}
		client(null).get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-RateLimit-Limit");
	}

	@Test
	void usersHaveTheirOwnBudgets() {
		String alice = token(unique("alice"), DEMO_STATION_1);
		String bob = token(unique("bob"), DEMO_STATION_1);
		for (int i = 0; i < 5; i++) {
			post(alice).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Limit", "5");
		}
		post(alice).expectStatus().isEqualTo(429);
		post(bob).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "4");
		post(null).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Limit", "3");
	}

	@Test
	void aNewTokenDoesNotResetTheBudget() {
		String subject = unique("carol");
		for (int i = 0; i < 5; i++) {
			post(token(subject, DEMO_STATION_1)).expectStatus().isOk();
		}
		post(token(subject, DEMO_STATION_2)).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
	}

	private WebTestClient.ResponseSpec post(String token) {
		return client(token).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY).exchange();
	}

	private WebTestClient client(String token) {
		WebTestClient.Builder builder = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port);
		if (token != null) {
			builder.defaultHeader("Authorization", "Bearer " + token);
		}
		return builder.build();
	}

	private static String unique(String name) {
		return "rl-" + name + "-" + UUID.randomUUID();
	}

}
