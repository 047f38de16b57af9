package org.stationatlas.security.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allow-list mode: only the queries shipped in {@code persisted-queries/*.graphql} run;
 * anything else is refused before it runs and nothing is registered.
 */
@TestPropertySource(properties = "app.graphql.persisted-queries.allow-list-only=true")
class AllowListTest extends LimitsApiTest {

	/** The test allow-list's one query, as a client sends and hashes it. */
	static final String STATION_DIRECTORY = read("persisted-queries/station-directory.graphql").strip();

	@Autowired
	StringRedisTemplate redis;

	@Test
	void runsAnAllowListedQueryByItsHash() {
		postPersisted(null, sha256(STATION_DIRECTORY)).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.stations.totalCount")
			.isNumber();
		postPersisted(STATION_DIRECTORY, sha256(STATION_DIRECTORY)).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.stations.edges")
			.isNotEmpty();
	}

	@Test
	void refusesAPlainQuery() {
		long before = this.statements.count();
		postQuery("{ stations { totalCount } }").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("PERSISTED_QUERY_REQUIRED");
		assertThat(this.statements.count()).isEqualTo(before);
	}

	@Test
	void refusesToRegisterAQueryThatIsNotOnTheList() {
		String query = "{ communities { totalCount } }";
		postPersisted(query, sha256(query)).jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("PERSISTED_QUERY_REQUIRED");
		assertThat(this.redis.hasKey(PersistedQueryStore.KEY_PREFIX + sha256(query))).isFalse();
		postPersisted(null, sha256(query)).jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound");
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
