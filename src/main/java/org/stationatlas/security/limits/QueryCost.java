package org.stationatlas.security.limits;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;

import org.stationatlas.system.PageRequest;

/**
 * What an operation may cost, estimated from the document before anything runs: scalars
 * are free (they come with their row), an object field costs 1 plus what it selects, and
 * a field with a {@code first} argument (default 20) or an {@code ids} list multiplies
 * what it selects by that number, so nested connections cost the product of their pages.
 *
 * @param depth how deeply fields nest, a root field being depth 1
 * @param cost the estimated cost
 */
record QueryCost(int depth, long cost) {

	/** Far above any limit, and small enough that sums and products cannot overflow. */
	private static final long CAP = 1_000_000_000_000L;

	private static final long MAX_MULTIPLIER = 1_000_000L;

	static QueryCost of(ExecutionContext context) {
		Visitor visitor = new Visitor();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPostOrder(visitor);
		return new QueryCost(visitor.depth, visitor.total);
	}

	private static final class Visitor extends QueryVisitorStub {

		/** Children are visited before their parent; their costs wait here for it. */
		private final Map<QueryVisitorFieldEnvironment, Long> childCosts = new HashMap<>();

		private int depth;

		private long total;

		@Override
		public void visitField(QueryVisitorFieldEnvironment env) {
			// Note that introspection counts for neither depth nor cost: it has its own
			// switch.
			int fieldDepth = 0;
			for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
				if (e.getField().getName().startsWith("__")) {
					return;
				}
				fieldDepth++;
			}
			this.depth = Math.max(this.depth, fieldDepth);
			long children = this.childCosts.getOrDefault(env, 0L);
			this.childCosts.remove(env);
			long own = isLeaf(env.getFieldDefinition()) ? 0 : Math.min(CAP, 1 + multiplier(env) * children);
			QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
			if (parent == null) {
				this.total = Math.min(CAP, this.total + own);
			}
			else {
				this.childCosts.merge(parent, own, (a, b) -> Math.min(CAP, a + b));
			}
		}

		private static boolean isLeaf(GraphQLFieldDefinition field) {
			return GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
		}

		private static long multiplier(QueryVisitorFieldEnvironment env) {
			GraphQLFieldDefinition field = env.getFieldDefinition();
			if (field.getArgument("first") != null) {
				Object first = env.getArguments().get("first");
				long size = (first instanceof Number n) ? n.longValue() : PageRequest.DEFAULT_SIZE;
				return Math.max(0, Math.min(MAX_MULTIPLIER, size));
			}
			if (field.getArgument("ids") != null && env.getArguments().get("ids") instanceof Collection<?> ids) {
				return Math.min(MAX_MULTIPLIER, ids.size());
			}
			return 1;
		}

	}

}
