package org.stationatlas.account;

import java.time.Duration;
import java.util.Locale;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, in Redis so that every instance counts together: after
 * {@value #MAX_FAILURES} failed logins an account is locked for {@link #WINDOW}, and one
 * address may fail at most {@value #MAX_FAILURES_PER_IP} times in that window (guessing
 * many accounts' passwords at once).
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final int MAX_FAILURES_PER_IP = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final String PREFIX = "station-atlas:auth:fail:";

	private final StringRedisTemplate redis;

	LoginThrottle(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Seconds until the account (or address) may try again, or 0 if it may try now. */
	long lockedForSeconds(String username, String ip) {
		long byAccount = secondsLeft(accountKey(username), MAX_FAILURES);
		long byAddress = (ip != null) ? secondsLeft(PREFIX + "ip:" + ip, MAX_FAILURES_PER_IP) : 0;
		return Math.max(byAccount, byAddress);
	}

	void failed(String username, String ip) {
		count(accountKey(username));
		if (ip != null) {
			count(PREFIX + "ip:" + ip);
		}
	}

	void succeeded(String username) {
		this.redis.delete(accountKey(username));
	}

	private long secondsLeft(String key, int max) {
		String value = this.redis.opsForValue().get(key);
		if (value == null || Long.parseLong(value) < max) {
			return 0;
		}
		Long ttl = this.redis.getExpire(key);
		return (ttl != null && ttl > 0) ? ttl : WINDOW.toSeconds();
	}

	private void count(String key) {
		Long count = this.redis.opsForValue().increment(key);
		if (count != null && count == 1) {
			this.redis.expire(key, WINDOW);
		}
	}

	private static String accountKey(String username) {
		return PREFIX + "user:" + username.toLowerCase(Locale.ROOT);
	}

}
