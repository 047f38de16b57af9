package org.stationatlas.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses access tokens revoked by logout. Note that it lets tokens through when Redis
 * cannot be asked: access tokens live 15 minutes, and an API that stops when its cache
 * does would hurt more than that window.
 */
class RevokedTokenValidator implements OAuth2TokenValidator<Jwt> {

	private static final Logger log = LoggerFactory.getLogger(RevokedTokenValidator.class);

	private final RefreshTokens tokens;

	RevokedTokenValidator(RefreshTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		try {
			if (this.tokens.isAccessTokenRevoked(jwt.getId())) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token revoked", null));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check token revocation (Redis unavailable?): {}", ex.getMessage());
		}
		return OAuth2TokenValidatorResult.success();
	}

}
