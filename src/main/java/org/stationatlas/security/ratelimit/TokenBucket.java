package org.stationatlas.security.ratelimit;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * Spends one request of a {@link Budget} with one atomic script call
 * ({@code token-bucket.lua}); Redis failures surface as
 * {@link org.springframework.dao.DataAccessException}.
 */
class TokenBucket {

	@SuppressWarnings("rawtypes")
	private static final DefaultRedisScript<List> SCRIPT = new DefaultRedisScript<>();

	static {
		SCRIPT.setLocation(new ClassPathResource("token-bucket.lua", TokenBucket.class));
		SCRIPT.setResultType(List.class);
	}

	private final StringRedisTemplate redis;

	TokenBucket(StringRedisTemplate redis) {
		this.redis = redis;
	}

	Decision spend(Budget budget) {
		List<?> result = this.redis.execute(SCRIPT, List.of(budget.key()), Integer.toString(budget.perMinute()));
		long waitMillis = ((Number) result.get(2)).longValue();
		return new Decision(((Number) result.get(0)).longValue() == 1, ((Number) result.get(1)).longValue(),
				Math.max(1, (waitMillis + 999) / 1000));
	}

	/** Whether the request may go on, what is left, and when to retry if it may not. */
	record Decision(boolean allowed, long remaining, long retryAfterSeconds) {

	}

}
