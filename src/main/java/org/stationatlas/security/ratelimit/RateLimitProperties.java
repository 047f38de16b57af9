package org.stationatlas.security.ratelimit;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Requests per minute that a caller may send to {@code /graphql}. An authentication that
 * is {@link org.stationatlas.security.RateLimited} brings its own budget instead.
 */
@ConfigurationProperties(prefix = "app.rate-limit")
@Validated
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("300") @Positive int userPerMinute,
		@DefaultValue("60") @Positive int anonymousPerMinute) {

}
