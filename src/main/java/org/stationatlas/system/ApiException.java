package org.stationatlas.system;

/**
 * A request the API refuses as a whole: becomes a top-level GraphQL error with
 * {@code extensions.code} (the category) and {@code extensions.reason} (a stable, more
 * specific English code), and a Chinese message.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final String reason;

	public ApiException(ErrorCode code, String reason, String message) {
		super(message);
		this.code = code;
		this.reason = reason;
	}

	public static ApiException badInput(String reason, String message) {
		return new ApiException(ErrorCode.BAD_USER_INPUT, reason, message);
	}

	public static ApiException notFound(String message) {
		return new ApiException(ErrorCode.NOT_FOUND, "NOT_FOUND", message);
	}

	public ErrorCode code() {
		return this.code;
	}

	public String reason() {
		return this.reason;
	}

}
