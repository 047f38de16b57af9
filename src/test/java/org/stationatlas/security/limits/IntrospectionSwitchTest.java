package org.stationatlas.security.limits;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Introspection off with Spring Boot's own switch (the {@code prod} profile turns it
 * off): refused in the API's error shape, while ordinary queries still run.
 */
@TestPropertySource(properties = "spring.graphql.schema.introspection.enabled=false")
@DirtiesContext
class IntrospectionSwitchTest extends LimitsApiTest {

	/**
	 * Note that Spring Boot switches introspection off JVM-wide and never back on; the
	 * other tests in this JVM need it.
	 */
	@AfterAll
	static void switchIntrospectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void refusesIntrospection() {
		postQuery("{ __schema { queryType { name } } }").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("INTROSPECTION_DISABLED")
			.jsonPath("$.errors[0].message")
			.isEqualTo("本环境已关闭内省查询（introspection）");
	}

	@Test
	void stillAnswersQueries() {
		postQuery("{ __typename stations { totalCount } }").jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__typename")
			.isEqualTo("Query")
			.jsonPath("$.data.stations.totalCount")
			.isNumber();
	}

}
