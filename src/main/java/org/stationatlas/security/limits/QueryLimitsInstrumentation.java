package org.stationatlas.security.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * Refuses documents with too many operations or aliases, and operations that nest too
 * deeply or cost too much, before any data fetcher runs; and tells every client what its
 * request cost in {@code extensions.cost}.
 */
final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final GraphQlLimitsProperties limits;

	QueryLimitsInstrumentation(GraphQlLimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Measured();
	}

	/**
	 * Note that this runs before validation, whose field-merging check is what an alias
	 * bomb attacks.
	 */
	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		Document document = parameters.getDocument();
		int operations = document.getDefinitionsOfType(OperationDefinition.class).size();
		int maxOperations = this.limits.maxOperations();
		if (operations > maxOperations) {
			throw LimitErrors.abort("TOO_MANY_OPERATIONS",
					"一个请求最多包含 " + maxOperations + " 个操作（query 或 mutation），收到 " + operations + " 个", operations,
					maxOperations);
		}
		int aliases = countAliases(document);
		int maxAliases = this.limits.maxAliases();
		if (aliases > maxAliases) {
			throw LimitErrors.abort("TOO_MANY_ALIASES", "查询中的别名过多：共 " + aliases + " 个，最多允许 " + maxAliases + " 个",
					aliases, maxAliases);
		}
		return super.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		QueryCost cost = QueryCost.of(parameters.getExecutionContext());
		((Measured) state).cost = cost;
		int maxDepth = this.limits.maxDepth();
		if (cost.depth() > maxDepth) {
			throw LimitErrors.abort("QUERY_TOO_DEEP", "查询嵌套过深：共 " + cost.depth() + " 层，最多允许 " + maxDepth + " 层",
					cost.depth(), maxDepth);
		}
		int maxCost = this.limits.maxCost();
		if (cost.cost() > maxCost) {
			throw LimitErrors.abort("QUERY_TOO_COMPLEX",
					"查询过于复杂：估算成本 " + cost.cost() + "，最多允许 " + maxCost + "。请减小 first 或减少嵌套的列表", cost.cost(), maxCost);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		QueryCost cost = ((Measured) state).cost;
		if (cost == null) {
			return CompletableFuture.completedFuture(result);
		}
		Map<String, Object> summary = Map.of("requested", cost.cost(), "limit", this.limits.maxCost());
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.addExtension("cost", summary)));
	}

	private static int countAliases(Document document) {
		int[] count = { 0 };
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field node, TraverserContext<Node> context) {
				if (node.getAlias() != null) {
					count[0]++;
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return count[0];
	}

	/** What one execution was measured at, once it has been. */
	private static final class Measured implements InstrumentationState {

		private volatile QueryCost cost;

	}

}
