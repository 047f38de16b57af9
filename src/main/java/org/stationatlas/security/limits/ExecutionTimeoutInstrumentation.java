package org.stationatlas.security.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Aborts a request that executes longer than the timeout: once the deadline has passed,
 * the next field fetch cancels the execution instead of running, and the client gets one
 * {@code EXECUTION_TIMEOUT} error and no data.
 */
final class ExecutionTimeoutInstrumentation extends SimplePerformantInstrumentation {

	private static final DataFetcher<?> NOTHING = (env) -> null;

	private final Duration timeout;

	ExecutionTimeoutInstrumentation(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Deadline(System.nanoTime() + this.timeout.toNanos());
	}

	/**
	 * Note that a fetch already running (one SQL statement) is not interrupted; MyBatis'
	 * statement timeout bounds that.
	 */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		Deadline deadline = (Deadline) state;
		if (System.nanoTime() - deadline.at < 0) {
			return dataFetcher;
		}
		deadline.passed = true;
		// graphql-java checks for cancellation around every field and aborts the rest.
		parameters.getExecutionContext().getExecutionInput().cancel();
		return NOTHING;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!((Deadline) state).passed) {
			return CompletableFuture.completedFuture(result);
		}
		List<GraphQLError> errors = new ArrayList<>();
		errors.add(LimitErrors.badInput("EXECUTION_TIMEOUT",
				"查询执行超过 " + describe(this.timeout) + "，已中止。请缩小查询范围（减小 first、减少嵌套）后重试"));
		result.getErrors().stream().filter((e) -> e.getErrorType() != ErrorType.ExecutionAborted).forEach(errors::add);
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
	}

	private static String describe(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " 秒" : duration.toMillis() + " 毫秒";
	}

	/** When one execution must end, and whether it was cut short. */
	private static final class Deadline implements InstrumentationState {

		private final long at;

		private volatile boolean passed;

		Deadline(long at) {
			this.at = at;
		}

	}

}
