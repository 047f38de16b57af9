package org.stationatlas.security.limits;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * A request that runs past the execution timeout is aborted: the fields after the
 * deadline do not run, and the client gets one {@code EXECUTION_TIMEOUT} error.
 */
@TestPropertySource(properties = "app.graphql.execution-timeout=500ms")
@Import(ExecutionTimeoutTest.SlowStations.class)
class ExecutionTimeoutTest extends LimitsApiTest {

	@Test
	void aQuickRequestFinishes() {
		postQuery("{ communities(first: 1) { totalCount } }").jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.communities.totalCount")
			.isNumber();
	}

	@Test
	void aSlowRequestIsAbortedAtTheDeadline() {
		long before = this.statements.count();
		postQuery("{ stations { edges { node { name communities { totalCount } } } } }").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("EXECUTION_TIMEOUT")
			.jsonPath("$.errors[0].message")
			.value(containsString("500 毫秒"));
		// Only the stations statement ran: the communities of the page never did.
		assertThat(this.statements.count() - before).isEqualTo(1);
	}

	/**
	 * Note that the production schema has no slow field, and gets none for a test: this
	 * slows {@code stations} down from outside.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowStations {

		@Bean
		Instrumentation slowStations() {
			return new Instrumentation() {
				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					if (!parameters.getExecutionStepInfo().getPath().toString().equals("/stations")) {
						return dataFetcher;
					}
					return (env) -> {
						Thread.sleep(1000);
						return dataFetcher.get(env);
					};
				}
			};
		}

	}

}
