package org.stationatlas.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error in a response an {@code extensions.code} from {@link ErrorCode},
 * including the ones graphql-java raises before any of our code runs (syntax errors,
 * unknown fields, unknown enum values, wrong argument types).
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()
					|| response.getErrors().stream().allMatch((e) -> e.getExtensions().containsKey("code"))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(withCodes(response)));
		});
	}

	private List<GraphQLError> withCodes(WebGraphQlResponse response) {
		List<ResponseError> errors = response.getErrors();
		return errors.stream().filter((e) -> !explainedByAnother(e, errors)).map((error) -> {
			Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
			String message = error.getMessage();
			if (!extensions.containsKey("code")) {
				ErrorCode code = classify(error.getErrorType());
				extensions.put("code", code.name());
				extensions.putIfAbsent("reason",
						(error.getErrorType() != null) ? error.getErrorType().toString() : code.name());
				message = chineseMessage(code, error.getErrorType(), message);
			}
			return (GraphQLError) GraphqlErrorBuilder.newError()
				.message(message)
				.locations(error.getLocations())
				.path(error.getParsedPath())
				.errorType(error.getErrorType())
				.extensions(extensions)
				.build();
		}).toList();
	}

	/**
	 * Note that a null in a non-null field caused by an error on the same path (or its
	 * parent) is a consequence, not news; a null with no such error is a real bug and
	 * stays.
	 */
	private static boolean explainedByAnother(ResponseError error, List<ResponseError> errors) {
		if (error.getErrorType() != ErrorType.NullValueInNonNullableField) {
			return false;
		}
		String path = error.getPath();
		return errors.stream()
			.filter((other) -> other != error && other.getErrorType() != ErrorType.NullValueInNonNullableField)
			.map(ResponseError::getPath)
			.anyMatch((other) -> path.equals(other) || path.startsWith(other + ".") || other.startsWith(path + "."));
	}

	/**
	 * Note that graphql-java's own messages are English; they stay as the detail behind a
	 * Chinese summary.
	 */
	private static String chineseMessage(ErrorCode code, ErrorClassification type, String original) {
		if (code == ErrorCode.INTERNAL) {
			return "服务器内部错误，请稍后重试";
		}
		if (type == ErrorType.InvalidSyntax) {
			return "查询语法错误：" + original;
		}
		if (type == ErrorType.ValidationError) {
			return "查询不符合 API 模式：" + original;
		}
		return original;
	}

	private static ErrorCode classify(ErrorClassification type) {
		if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError
				|| type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_USER_INPUT;
		}
		if (type == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		if (type == org.springframework.graphql.execution.ErrorType.UNAUTHORIZED) {
			return ErrorCode.UNAUTHENTICATED;
		}
		if (type == org.springframework.graphql.execution.ErrorType.FORBIDDEN) {
			return ErrorCode.FORBIDDEN;
		}
		return ErrorCode.INTERNAL;
	}

}
