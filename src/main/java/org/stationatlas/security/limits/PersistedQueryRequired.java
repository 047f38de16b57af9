package org.stationatlas.security.limits;

import graphql.execution.preparsed.persisted.PersistedQueryError;

/**
 * Thrown in allow-list mode for a query that is not on the allow-list; becomes the
 * {@code PERSISTED_QUERY_REQUIRED} error.
 */
final class PersistedQueryRequired extends PersistedQueryError {

	@Override
	public String getMessage() {
		return "PersistedQueryRequired";
	}

}
