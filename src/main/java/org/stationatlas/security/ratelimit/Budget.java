package org.stationatlas.security.ratelimit;

import org.stationatlas.security.RateLimited;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;

/**
 * The Redis key of the budget a request spends, and its size per minute.
 */
record Budget(String key, int perMinute) {

	static final String KEY_PREFIX = "station-atlas:rl:";

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/**
	 * Note that a {@link RateLimited} authentication's name is used as it is, so it must
	 * carry its own kind (e.g. {@code apikey:17}) and never start with {@code user:} or
	 * {@code ip:}. Every anonymous caller behind one address shares that address's
	 * budget; the address is the one the servlet container reports, so a client-sent
	 * {@code X-Forwarded-For} counts only where the server is configured to trust its
	 * proxy.
	 */
	static Budget of(Authentication authentication, String remoteAddr, RateLimitProperties limits) {
		if (!trust.isAuthenticated(authentication)) {
			return new Budget(KEY_PREFIX + "ip:" + remoteAddr, limits.anonymousPerMinute());
		}
		if (authentication instanceof RateLimited limited) {
			return new Budget(KEY_PREFIX + authentication.getName(), limited.requestsPerMinute());
		}
		return new Budget(KEY_PREFIX + "user:" + authentication.getName(), limits.userPerMinute());
	}

}
