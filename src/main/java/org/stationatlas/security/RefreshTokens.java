package org.stationatlas.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens and revocations, kept in Redis. Tokens are random 256-bit strings stored
 * only as SHA-256 hashes. Each sign-in starts a family; each refresh spends a token and
 * issues the next of its family. A spent token shown again means two parties hold it, so
 * the whole family is revoked.
 */
@Component
class RefreshTokens {

	private static final String PREFIX = "station-atlas:auth:";

	private final StringRedisTemplate redis;

	private final Duration ttl;

	private final SecureRandom random = new SecureRandom();

	RefreshTokens(StringRedisTemplate redis, TokenProperties properties) {
		this.redis = redis;
		this.ttl = properties.refreshTokenTtl();
	}

	String start(long accountKey) {
		return issue(accountKey, UUID.randomUUID().toString());
	}

	Rotation rotate(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new TokenRefusedException("REFRESH_TOKEN_INVALID", "刷新令牌无效，请重新登录");
		}
		String hash = Sha256.hex(token);
		// GETDEL makes spending atomic: of two concurrent refreshes with one token, only
		// one gets the value.
		String value = this.redis.opsForValue().getAndDelete(PREFIX + "rt:" + hash);
		if (value == null) {
			String family = this.redis.opsForValue().get(PREFIX + "spent:" + hash);
			if (family != null && Boolean.TRUE.equals(this.redis.hasKey(PREFIX + "revoked-family:" + family))) {
				throw new TokenRefusedException("REFRESH_TOKEN_REVOKED", "该登录已注销，请重新登录");
			}
			if (family != null) {
				this.redis.opsForValue().set(PREFIX + "revoked-family:" + family, "1", this.ttl);
				throw new TokenRefusedException("REFRESH_TOKEN_REUSED", "刷新令牌已被使用过，为安全起见该登录已全部失效，请重新登录");
			}
			throw new TokenRefusedException("REFRESH_TOKEN_INVALID", "刷新令牌无效或已过期，请重新登录");
		}
		int colon = value.indexOf(':');
		long accountKey = Long.parseLong(value.substring(0, colon));
		String family = value.substring(colon + 1);
		this.redis.opsForValue().set(PREFIX + "spent:" + hash, family, this.ttl);
		if (Boolean.TRUE.equals(this.redis.hasKey(PREFIX + "revoked-family:" + family))) {
			throw new TokenRefusedException("REFRESH_TOKEN_REVOKED", "该登录已注销，请重新登录");
		}
		return new Rotation(accountKey, issue(accountKey, family));
	}

	void revokeFamilyOf(String token) {
		String hash = Sha256.hex(token);
		String value = this.redis.opsForValue().getAndDelete(PREFIX + "rt:" + hash);
		String family = (value != null) ? value.substring(value.indexOf(':') + 1)
				: this.redis.opsForValue().get(PREFIX + "spent:" + hash);
		if (family != null) {
			this.redis.opsForValue().set(PREFIX + "spent:" + hash, family, this.ttl);
			this.redis.opsForValue().set(PREFIX + "revoked-family:" + family, "1", this.ttl);
		}
	}

	void revokeAccessToken(String tokenId, Instant expiresAt) {
		Duration left = Duration.between(Instant.now(), expiresAt);
		if (!left.isNegative() && !left.isZero()) {
			this.redis.opsForValue().set(PREFIX + "revoked-jti:" + tokenId, "1", left);
		}
	}

	boolean isAccessTokenRevoked(String tokenId) {
		return tokenId != null && Boolean.TRUE.equals(this.redis.hasKey(PREFIX + "revoked-jti:" + tokenId));
	}

	private String issue(long accountKey, String family) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.redis.opsForValue().set(PREFIX + "rt:" + Sha256.hex(token), accountKey + ":" + family, this.ttl);
		return token;
	}

	/** The account a spent token belonged to, and the next token of its family. */
	record Rotation(long accountKey, String nextToken) {
	}

}
