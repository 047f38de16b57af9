package org.stationatlas.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;

/**
 * Issues access tokens (short-lived HS256 JWTs carrying the account's authorities and
 * station) with a rotating refresh token, and revokes them.
 */
@Service
@EnableConfigurationProperties(TokenProperties.class)
public class TokenService {

	static final String ISSUER = "station-atlas";

	private final JwtEncoder encoder;

	private final RefreshTokens refreshTokens;

	private final TokenProperties properties;

	private final Clock clock;

	TokenService(SecretKey accessTokenKey, RefreshTokens refreshTokens, TokenProperties properties,
			Optional<Clock> clock) {
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(accessTokenKey));
		this.refreshTokens = refreshTokens;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new session: an access token and the first refresh token of a new family. */
	public IssuedTokens issue(TokenSubject subject) {
		return new IssuedTokens(accessToken(subject), this.refreshTokens.start(subject.key()),
				this.properties.accessTokenTtl().toSeconds());
	}

	/**
	 * Trades a refresh token for a new pair. The old one is spent; a spent one presented
	 * again revokes its whole family (a sign it was stolen).
	 * @param loader finds the account again, so that a disabled account or changed role
	 * takes effect
	 */
	public IssuedTokens refresh(String refreshToken, LongFunction<Optional<TokenSubject>> loader) {
		RefreshTokens.Rotation rotation = this.refreshTokens.rotate(refreshToken);
		TokenSubject subject = loader.apply(rotation.accountKey())
			.orElseThrow(() -> new TokenRefusedException("ACCOUNT_DISABLED", "账号已停用"));
		return new IssuedTokens(accessToken(subject), rotation.nextToken(),
				this.properties.accessTokenTtl().toSeconds());
	}

	/**
	 * Ends a session: the refresh token's family and the access token in use stop working
	 * at once.
	 */
	public void revoke(String refreshToken, String accessTokenId, Instant accessTokenExpiry) {
		if (refreshToken != null) {
			this.refreshTokens.revokeFamilyOf(refreshToken);
		}
		if (accessTokenId != null && accessTokenExpiry != null) {
			this.refreshTokens.revokeAccessToken(accessTokenId, accessTokenExpiry);
		}
	}

	private String accessToken(TokenSubject subject) {
		Instant now = this.clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(Long.toString(subject.key()))
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.accessTokenTtl()))
			.claim("role", subject.role().name())
			.claim("authorities", subject.role().authorities());
		if (subject.stationKey() != null) {
			claims.claim(CurrentUser.STATION_CLAIM, subject.stationKey());
		}
		return this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
	}

	/** What a token says about its account. */
	public record TokenSubject(long key, Role role, Long stationKey) {
	}

}
