package org.stationatlas.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps exceptions from any data fetcher to GraphQL errors. Anything unexpected becomes
 * {@code INTERNAL} with a generic message; its detail goes to the log only, never to the
 * client.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	@GraphQlExceptionHandler
	GraphQLError handle(ApiException ex, DataFetchingEnvironment env) {
		return error(env, ex.code(), ex.reason(), ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError handle(AuthenticationCredentialsNotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorCode.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录");
	}

	@GraphQlExceptionHandler
	GraphQLError handle(AccessDeniedException ex, DataFetchingEnvironment env) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = current == null || current instanceof AnonymousAuthenticationToken;
		return anonymous ? error(env, ErrorCode.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录")
				: error(env, ErrorCode.FORBIDDEN, "FORBIDDEN", "没有权限执行此操作");
	}

	@GraphQlExceptionHandler
	GraphQLError handle(Exception ex, DataFetchingEnvironment env) {
		log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorCode.INTERNAL, "INTERNAL", "服务器内部错误，请稍后重试");
	}

	static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String reason, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(errorType(code))
			.message(message)
			.extensions(Map.of("code", code.name(), "reason", reason))
			.build();
	}

	private static ErrorType errorType(ErrorCode code) {
		return switch (code) {
			case BAD_USER_INPUT -> ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN, RATE_LIMITED -> ErrorType.FORBIDDEN;
			case INTERNAL -> ErrorType.INTERNAL_ERROR;
		};
	}

}
