package org.stationatlas.security;

/**
 * A refresh token the API will not honour, with a stable reason code and a Chinese
 * message.
 */
public class TokenRefusedException extends RuntimeException {

	private final String reason;

	public TokenRefusedException(String reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
