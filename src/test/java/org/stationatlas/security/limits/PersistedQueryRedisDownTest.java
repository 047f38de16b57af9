package org.stationatlas.security.limits;

import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With Redis unreachable, a hash alone misses and the client's fallback, the full query,
 * still runs.
 */
@TestPropertySource(properties = "spring.data.redis.url=redis://127.0.0.1:1")
@DirtiesContext
class PersistedQueryRedisDownTest extends LimitsApiTest {

	@Test
	void theFullQueryStillRuns() {
		String query = "{ stations { totalCount } }";
		postPersisted(null, sha256(query)).jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound");
		postPersisted(query, sha256(query)).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.stations.totalCount")
			.isNumber();
	}

}
