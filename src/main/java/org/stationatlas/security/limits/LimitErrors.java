package org.stationatlas.security.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

import org.stationatlas.system.ErrorCode;

import org.springframework.graphql.execution.ErrorType;

/**
 * The errors the limits answer with: a Chinese message, {@code extensions.code} and a
 * stable English {@code extensions.reason}, like every other error of the API.
 */
final class LimitErrors {

	private LimitErrors() {
	}

	static GraphQLError badInput(String reason, String message) {
		return badInput(reason, message, Map.of());
	}

	/**
	 * Note that {@code details} (e.g. {@code limit}, {@code requested}) let a program
	 * react without parsing the message.
	 */
	static GraphQLError badInput(String reason, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
		extensions.put("reason", reason);
		extensions.putAll(details);
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.locations(null)
			.extensions(extensions)
			.build();
	}

	/** Ends the request before any data fetcher runs. */
	static AbortExecutionException abort(String reason, String message, long requested, long limit) {
		return new AbortExecutionException(
				List.of(badInput(reason, message, Map.of("requested", requested, "limit", limit))));
	}

	/**
	 * The same error as a whole response body, for a request refused before GraphQL reads
	 * it. Note that the messages are our own constants, so quoting is all the escaping
	 * they need.
	 */
	static String json(String reason, String message) {
		return "{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\",\"extensions\":{\"code\":\"" + ErrorCode.BAD_USER_INPUT.name() + "\",\"reason\":\"" + reason
				+ "\"}}]}";
	}

}
