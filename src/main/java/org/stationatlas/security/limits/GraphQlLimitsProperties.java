package org.stationatlas.security.limits;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The limits that protect the GraphQL endpoint, under {@code app.graphql}; every one has
 * a default, so none needs configuring.
 *
 * @param maxDepth how deeply fields may nest (a root field is depth 1)
 * @param maxCost the highest estimated cost a request may have (see {@link QueryCost})
 * @param maxAliases how many aliases one document may contain
 * @param maxOperations how many operations one document may define
 * @param maxRequestSize the largest accepted {@code POST /graphql} body
 * @param executionTimeout how long one request may execute before it is aborted
 * @param persistedQueries automatic persisted queries
 */
@ConfigurationProperties(prefix = "app.graphql")
@Validated
record GraphQlLimitsProperties(@DefaultValue("10") @Positive int maxDepth, @DefaultValue("5000") @Positive int maxCost,
		@DefaultValue("30") @PositiveOrZero int maxAliases, @DefaultValue("1") @Positive int maxOperations,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("10s") Duration executionTimeout,
		@DefaultValue PersistedQueries persistedQueries) {

	/**
	 * Automatic persisted queries (Apollo APQ).
	 *
	 * @param ttl how long a registered query stays in Redis after its registration
	 * @param allowListOnly whether only the queries in
	 * {@code classpath*:persisted-queries/*.graphql} may run
	 */
	record PersistedQueries(@DefaultValue("7d") Duration ttl, @DefaultValue("false") boolean allowListOnly) {
	}

}
