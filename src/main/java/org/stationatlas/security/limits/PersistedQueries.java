package org.stationatlas.security.limits;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;

import org.springframework.graphql.execution.ErrorType;

/**
 * Apollo's automatic persisted queries protocol ({@code extensions.persistedQuery}
 * {@code {version: 1, sha256Hash}}), and in allow-list mode the refusal of any query that
 * is not on the allow-list.
 */
final class PersistedQueries extends ApolloPersistedQuerySupport {

	static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

	private final boolean allowListOnly;

	PersistedQueries(PersistedQueryStore store, boolean allowListOnly) {
		super(store);
		this.allowListOnly = allowListOnly;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (this.allowListOnly && getPersistedQueryId(input).isEmpty()) {
			return CompletableFuture.completedFuture(mkMissingError(new PersistedQueryRequired()));
		}
		return super.getDocumentAsync(input, parseAndValidate);
	}

	/**
	 * Note that a miss keeps the exact message {@code PersistedQueryNotFound} and code
	 * {@code PERSISTED_QUERY_NOT_FOUND} that Apollo clients look for before they resend
	 * the full query: the one code outside the API's own set, because the protocol fixes
	 * it.
	 */
	@Override
	protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
		if (error instanceof PersistedQueryNotFound) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.NOT_FOUND)
				.message("PersistedQueryNotFound")
				.locations(null)
				.extensions(Map.of("code", NOT_FOUND, "reason", NOT_FOUND))
				.build());
		}
		if (error instanceof PersistedQueryRequired) {
			return new PreparsedDocumentEntry(LimitErrors.badInput("PERSISTED_QUERY_REQUIRED",
					"本服务只执行登记在白名单中的持久化查询：请发送 extensions.persistedQuery.sha256Hash"));
		}
		return new PreparsedDocumentEntry(LimitErrors.badInput("PERSISTED_QUERY_HASH_MISMATCH",
				"extensions.persistedQuery.sha256Hash 与 query 的 SHA-256 不一致"));
	}

}
