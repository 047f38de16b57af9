package org.stationatlas.security.limits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The GraphQL endpoint's limits, configured by {@link GraphQlLimitsProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimitsConfig {

	private static final Logger log = LoggerFactory.getLogger(GraphQlLimitsConfig.class);

	@Bean
	QueryLimitsInstrumentation queryLimitsInstrumentation(GraphQlLimitsProperties limits) {
		return new QueryLimitsInstrumentation(limits);
	}

	@Bean
	ExecutionTimeoutInstrumentation executionTimeoutInstrumentation(GraphQlLimitsProperties limits) {
		return new ExecutionTimeoutInstrumentation(limits.executionTimeout());
	}

	@Bean
	IntrospectionErrorsInstrumentation introspectionErrorsInstrumentation() {
		return new IntrospectionErrorsInstrumentation();
	}

	/**
	 * Note that the filter runs after Spring Security and the rate limit, so that a
	 * refusal carries the security and CORS headers (a browser can read it) and still
	 * spends the caller's budget; neither of them reads the body.
	 */
	@Bean
	FilterRegistrationBean<GraphQlRequestFilter> graphQlRequestFilter(GraphQlLimitsProperties limits,
			SecurityFilterProperties securityFilter, @Value("${spring.graphql.http.path:/graphql}") String path) {
		int maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxRequestSize().toBytes());
		FilterRegistrationBean<GraphQlRequestFilter> registration = new FilterRegistrationBean<>(
				new GraphQlRequestFilter(maxBytes));
		registration.addUrlPatterns(path);
		registration.setOrder(securityFilter.getOrder() + 2);
		return registration;
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(GraphQlLimitsProperties limits, StringRedisTemplate redis,
			ResourceLoader resources) {
		GraphQlLimitsProperties.PersistedQueries settings = limits.persistedQueries();
		AllowList allowList = AllowList.load(ResourcePatternUtils.getResourcePatternResolver(resources));
		if (settings.allowListOnly() && allowList.size() == 0) {
			throw new IllegalStateException("app.graphql.persisted-queries.allow-list-only is on, but there are no "
					+ AllowList.LOCATION + " files: every request would be refused");
		}
		log.info("Persisted queries: {} on the allow-list; {}", allowList.size(),
				settings.allowListOnly() ? "only these may run" : "clients may register others");
		PersistedQueryStore store = new PersistedQueryStore(redis, allowList, settings.ttl(), settings.allowListOnly());
		PersistedQueries provider = new PersistedQueries(store, settings.allowListOnly());
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

}
