package org.stationatlas.apikey;

import java.util.List;

import org.stationatlas.security.Authorities;
import org.stationatlas.security.RateLimited;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller identified by a partner API key: read-only, public data only, with the key's
 * own rate.
 */
class ApiKeyAuthentication extends AbstractAuthenticationToken implements RateLimited {

	private final ApiKey apiKey;

	ApiKeyAuthentication(ApiKey apiKey) {
		super(List.of(new SimpleGrantedAuthority(Authorities.PUBLIC_READ)));
		this.apiKey = apiKey;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.apiKey;
	}

	@Override
	public String getName() {
		return "apikey:" + this.apiKey.key();
	}

	@Override
	public int requestsPerMinute() {
		return this.apiKey.rateLimitPerMinute();
	}

}
