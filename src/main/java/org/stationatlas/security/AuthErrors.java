package org.stationatlas.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * Writes a refused credential (401) in the same shape as a GraphQL error, so clients
 * handle one error format.
 */
public final class AuthErrors {

	private AuthErrors() {
	}

	public static void write(HttpServletResponse response, String reason, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// Note that reason and message are constants of ours, never client text, so no
		// escaping is needed.
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message
					+ "\",\"extensions\":{\"code\":\"UNAUTHENTICATED\",\"reason\":\"" + reason + "\"}}]}");
	}

}
