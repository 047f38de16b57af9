package org.stationatlas.security.ratelimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Registers the rate limit filter on the GraphQL endpoint only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfig {

	/**
	 * Note that the filter is ordered right after Spring Security's filter (so the
	 * SecurityContext already holds the caller) and is not a bean itself, which Boot
	 * would otherwise register a second time for every path.
	 */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(StringRedisTemplate redis, RateLimitProperties limits,
			SecurityFilterProperties securityFilter, @Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(new TokenBucket(redis), limits));
		registration.addUrlPatterns(path);
		registration.setOrder(securityFilter.getOrder() + 1);
		return registration;
	}

}
