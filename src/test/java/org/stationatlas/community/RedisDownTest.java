package org.stationatlas.community;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With Redis unreachable, cached reads fall through to the database and the API keeps
 * answering.
 */
@TestPropertySource(properties = "spring.data.redis.url=redis://127.0.0.1:1")
@DirtiesContext
class RedisDownTest extends ApiTest {

	@Autowired
	RedisConnectionFactory redis;

	@Test
	void communityAtStillAnswersFromTheDatabase() {
		assertThatThrownBy(() -> this.redis.getConnection().ping()).isInstanceOf(RuntimeException.class);
		anonymous().document("{ communityAt(lat: 30.626436, lng: 104.046772) { name } }")
			.execute()
			.path("communityAt.name")
			.entity(String.class)
			.isEqualTo("柳塘社区");
	}

}
