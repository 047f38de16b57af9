package org.stationatlas.security.limits;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries (Apollo APQ): a client registers a query with its hash,
 * then sends the hash alone; the registered queries live in Redis for every instance.
 */
class PersistedQueryTest extends LimitsApiTest {

	@Autowired
	StringRedisTemplate redis;

	@Test
	void registersAQueryThenRunsItByItsHashAlone() {
		String query = unique("{ stations { totalCount } }");
		String hash = sha256(query);
		postPersisted(query, hash).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.stations.totalCount")
			.isNumber();
		assertThat(this.redis.opsForValue().get(PersistedQueryStore.KEY_PREFIX + hash)).isEqualTo(query);
		assertThat(this.redis.getExpire(PersistedQueryStore.KEY_PREFIX + hash))
			.isGreaterThan(Duration.ofDays(6).toSeconds());
		postPersisted(null, hash).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.stations.totalCount")
			.isNumber()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(1);
	}

	@Test
	void anUnknownHashGetsTheErrorApolloClientsResendOn() {
		postPersisted(null, sha256(unique("{ stations { totalCount } }"))).jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aHashThatDoesNotMatchTheQueryIsRefusedAndNotStored() {
		String wrong = sha256(unique("{ communities { totalCount } }"));
		long before = this.statements.count();
		postPersisted(unique("{ stations { totalCount } }"), wrong).jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(this.redis.hasKey(PersistedQueryStore.KEY_PREFIX + wrong)).isFalse();
		assertThat(this.statements.count()).isEqualTo(before);
	}

	@Test
	void aQueryOverTheLimitsIsRefusedAndNotStored() {
		String query = unique(IntStream.range(0, 31)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ ", " }")));
		String hash = sha256(query);
		postPersisted(query, hash).jsonPath("$.errors[0].extensions.reason").isEqualTo("TOO_MANY_ALIASES");
		assertThat(this.redis.hasKey(PersistedQueryStore.KEY_PREFIX + hash)).isFalse();
	}

	@Test
	void theQueriesShippedWithTheApplicationAreKnownWithoutRegistration() {
		postPersisted(null, sha256(AllowListTest.STATION_DIRECTORY)).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.stations.totalCount")
			.isNumber();
	}

	/** A query no earlier run has registered; the comment changes its hash. */
	private static String unique(String query) {
		return query + " # " + UUID.randomUUID();
	}

}
