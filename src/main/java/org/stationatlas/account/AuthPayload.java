package org.stationatlas.account;

import java.util.List;

import org.stationatlas.security.IssuedTokens;
import org.stationatlas.system.UserError;

/**
 * What the sign-in mutations return: a session, or why there is none.
 */
record AuthPayload(String accessToken, String refreshToken, Long expiresIn, User user, List<UserError> userErrors) {

	static AuthPayload signedIn(IssuedTokens tokens, User user) {
		return new AuthPayload(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), user, List.of());
	}

	static AuthPayload refused(String field, String code, String message) {
		return new AuthPayload(null, null, null, null, List.of(UserError.of(field, code, message)));
	}

	public String tokenType() {
		return (this.accessToken != null) ? "Bearer" : null;
	}

}
