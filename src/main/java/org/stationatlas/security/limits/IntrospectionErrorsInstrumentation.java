package org.stationatlas.security.limits;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import graphql.introspection.IntrospectionDisabledError;

/**
 * Gives graphql-java's introspection refusals (introspection switched off with
 * {@code spring.graphql.schema.introspection.enabled=false}, or an introspection query
 * too large to be in good faith) the API's error shape, instead of the {@code INTERNAL}
 * that an unknown error becomes.
 */
final class IntrospectionErrorsInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (result.getErrors()
			.stream()
			.noneMatch((e) -> e instanceof IntrospectionDisabledError || e instanceof BadFaithIntrospectionError)) {
			return CompletableFuture.completedFuture(result);
		}
		List<GraphQLError> errors = result.getErrors().stream().map(IntrospectionErrorsInstrumentation::map).toList();
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
	}

	private static GraphQLError map(GraphQLError error) {
		if (error instanceof IntrospectionDisabledError) {
			return LimitErrors.badInput("INTROSPECTION_DISABLED", "本环境已关闭内省查询（introspection）");
		}
		if (error instanceof BadFaithIntrospectionError) {
			return LimitErrors.badInput("INTROSPECTION_TOO_LARGE", "内省查询过大或嵌套过深，已拒绝");
		}
		return error;
	}

}
