package org.stationatlas.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lifetimes of the tokens the API issues.
 *
 * @param accessTokenTtl how long an access token (JWT) is accepted
 * @param refreshTokenTtl how long a refresh token may be used, once
 */
@ConfigurationProperties(prefix = "app.security.tokens")
public record TokenProperties(@DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("30d") Duration refreshTokenTtl) {
}
