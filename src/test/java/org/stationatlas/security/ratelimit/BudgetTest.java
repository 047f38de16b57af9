package org.stationatlas.security.ratelimit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.RateLimited;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose budget a request spends, for the callers that are hard to make over HTTP.
 */
class BudgetTest {

	private static final RateLimitProperties LIMITS = new RateLimitProperties(true, 5, 3);

	@Test
	void anonymousCallersSpendTheirAddressBudget() {
		assertThat(Budget.of(null, "203.0.113.7", LIMITS)).isEqualTo(new Budget("station-atlas:rl:ip:203.0.113.7", 3));
		AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(Budget.of(anonymous, "::1", LIMITS)).isEqualTo(new Budget("station-atlas:rl:ip:::1", 3));
		UsernamePasswordAuthenticationToken unauthenticated = UsernamePasswordAuthenticationToken.unauthenticated("eve",
				"guess");
		assertThat(Budget.of(unauthenticated, "203.0.113.7", LIMITS).key())
			.isEqualTo("station-atlas:rl:ip:203.0.113.7");
	}

	@Test
	void tokenHoldersSpendTheirSubjectsBudget() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "HS256")
			.subject("worker-1")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
		assertThat(Budget.of(new JwtAuthenticationToken(jwt, List.of()), "203.0.113.7", LIMITS))
			.isEqualTo(new Budget("station-atlas:rl:user:worker-1", 5));
	}

	@Test
	void aRateLimitedCallerBringsItsOwnBudget() {
		assertThat(Budget.of(new PartnerKey("apikey:17", 1000), "203.0.113.7", LIMITS))
			.isEqualTo(new Budget("station-atlas:rl:apikey:17", 1000));
	}

	/** Stands in for the partner API key authentication of the identity issue. */
	static class PartnerKey extends AbstractAuthenticationToken implements RateLimited {

		private final String name;

		private final int perMinute;

		PartnerKey(String name, int perMinute) {
			super(List.of());
			this.name = name;
			this.perMinute = perMinute;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

		@Override
		public int requestsPerMinute() {
			return this.perMinute;
		}

	}

}
