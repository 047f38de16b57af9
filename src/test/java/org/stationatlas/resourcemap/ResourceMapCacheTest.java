package org.stationatlas.resourcemap;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Public map answers are cached in Redis, shared by every public caller, and forgotten by
 * {@link ResourceMapCache#evictAll()}; a station's own view is never cached.
 */
class ResourceMapCacheTest extends ResourceMapTestBase {

	private static final String KEYS = "station-atlas:" + ResourceMapCache.TILES + "::*";

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSecondPublicRequestIsServedFromRedisUntilEvicted() {
		assertThat(keys()).isEmpty();
		counts(anonymous()).containsExactly(3, 2);
		Set<String> cached = cachedKeys(1);
		assertThat(cached).singleElement().asString().contains("public|c6|");
		// A partner asks for a slightly different view over the same cells: the same
		// entry.
		var partner = withApiKey("demo-partner-key");
		partner.document(QUERY)
			.variable("bbox", box(31.151, 121.351, 31.279, 121.499))
			.variable("zoom", 12)
			.execute()
			.path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 2);
		assertThat(keys()).isEqualTo(cached);

		// Written behind the cache's back: the public map does not see it yet...
		resource(1, "SCIENCE_VENUE", "A科普馆", CELL_A, 8, "ACTIVE", "PUBLIC", false);
		counts(anonymous()).containsExactly(3, 2);
		// ...staff, who are not cached, do...
		counts(as(Role.SOCIAL_WORKER, DEMO_STATION_1)).containsExactly(6, 2);
		assertThat(keys()).isEqualTo(cached);
		// ...and after the eviction a resource write makes, everyone does.
		this.cache.evictAll();
		assertThat(keys()).isEmpty();
		counts(anonymous()).containsExactly(4, 2);
	}

	@Test
	void insideATransactionTheEvictionWaitsForTheCommit() {
		counts(anonymous()).containsExactly(3, 2);
		Set<String> cached = cachedKeys(1);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			resource(1, "SCIENCE_VENUE", "A科普馆", CELL_A, 8, "ACTIVE", "PUBLIC", false);
			this.cache.evictAll();
			assertThat(keys()).isEqualTo(cached);
		});
		assertThat(keys()).isEmpty();
		counts(anonymous()).containsExactly(4, 2);
	}

	@Test
	void eachCoordinateSystemAndFilterIsItsOwnEntry() {
		counts(anonymous()).containsExactly(3, 2);
		map(anonymous(), AREA, 12, null, "GCJ02");
		map(anonymous(), AREA, 12, Map.of("dimensions", List.of("SPACE")), null);
		assertThat(cachedKeys(3)).hasSize(3);
	}

	private GraphQlTester.EntityList<Integer> counts(HttpGraphQlTester caller) {
		return map(caller, AREA, 12, null, null).path("resourceMap.clusters[*].count").entityList(Integer.class);
	}

	/** Spring Data Redis 4 stores entries in the background: waits for them. */
	private Set<String> cachedKeys(int expected) {
		await().atMost(Duration.ofSeconds(5)).until(() -> keys().size() >= expected);
		return keys();
	}

	private Set<String> keys() {
		return this.redis.keys(KEYS);
	}

}
