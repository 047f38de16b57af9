package org.stationatlas.resourcemap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With Redis unreachable, the map is read from the database and eviction is harmless.
 */
@TestPropertySource(properties = "spring.data.redis.url=redis://127.0.0.1:1")
@DirtiesContext
class ResourceMapRedisDownTest extends ResourceMapTestBase {

	@Autowired
	RedisConnectionFactory redis;

	@Test
	void theMapStillAnswersFromTheDatabase() {
		assertThatThrownBy(() -> this.redis.getConnection().ping()).isInstanceOf(RuntimeException.class);
		map(anonymous(), AREA, 12, null, null).path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 2);
		this.cache.evictAll();
		resource(1, "SCIENCE_VENUE", "A科普馆", CELL_A, 8, "ACTIVE", "PUBLIC", false);
		map(anonymous(), AREA, 12, null, null).path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(4, 2);
		anonymous().document("{ resources(filter: {text: \"A科普馆\"}) { totalCount } resourceTypes { code } }")
			.execute()
			.path("resources.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("resourceTypes")
			.entityList(Object.class)
			.hasSizeGreaterThan(10);
	}

}
