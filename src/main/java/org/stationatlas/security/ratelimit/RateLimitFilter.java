package org.stationatlas.security.ratelimit;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.stationatlas.security.ratelimit.TokenBucket.Decision;
import org.stationatlas.system.ErrorCode;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends one request of the caller's budget on every GET or POST to the GraphQL endpoint
 * and answers 429 with a GraphQL-shaped error when the budget is empty.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final long WARNING_INTERVAL_MILLIS = 60_000;

	private final TokenBucket bucket;

	private final RateLimitProperties limits;

	private final AtomicLong lastWarning = new AtomicLong();

	RateLimitFilter(TokenBucket bucket, RateLimitProperties limits) {
		this.bucket = bucket;
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !this.limits.enabled() || !("GET".equals(method) || "POST".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Budget budget = Budget.of(SecurityContextHolder.getContext().getAuthentication(), request.getRemoteAddr(),
				this.limits);
		response.setHeader("X-RateLimit-Limit", Integer.toString(budget.perMinute()));
		Decision decision = spend(budget);
		if (decision != null) {
			response.setHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
			if (!decision.allowed()) {
				reject(response, decision.retryAfterSeconds());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Note that this fails open: without Redis the API keeps answering, unlimited, rather
	 * than going down with it; the warning is logged at most once a minute so an outage
	 * does not flood the log.
	 */
	private Decision spend(Budget budget) {
		try {
			return this.bucket.spend(budget);
		}
		catch (DataAccessException ex) {
			long now = System.currentTimeMillis();
			long last = this.lastWarning.get();
			if (now - last >= WARNING_INTERVAL_MILLIS && this.lastWarning.compareAndSet(last, now)) {
				log.warn("Rate limits not enforced, Redis unavailable: {}", ex.getMessage());
			}
			return null;
		}
	}

	private static void reject(HttpServletResponse response, long seconds) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String code = ErrorCode.RATE_LIMITED.name();
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"请求过于频繁，请 %d 秒后重试\",\"extensions\":{\"code\":\"%s\",\"reason\":\"%s\",\"retryAfter\":%d}}]}"
				.formatted(seconds, code, code, seconds));
	}

}
