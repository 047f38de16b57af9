package org.stationatlas.security;

/**
 * A signed-in session as the client receives it.
 *
 * @param accessToken the bearer token for {@code Authorization: Bearer …}
 * @param refreshToken single-use token to get the next pair
 * @param expiresIn seconds until the access token expires
 */
public record IssuedTokens(String accessToken, String refreshToken, long expiresIn) {
}
