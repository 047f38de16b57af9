package org.stationatlas.system;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the plain HTTP endpoints (spreadsheet upload and download) in the shape of
 * GraphQL errors, {@code {"errors":[{"message", "extensions":{"code","reason"}}]}}, so
 * that clients handle one error format. GraphQL itself is not affected.
 */
@RestControllerAdvice
class RestErrorAdvice {

	private final DataSize maxFileSize;

	/**
	 * @param maxFileSize the upload limit (Boot's default is 1MB), named in the refusal
	 */
	RestErrorAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Map<String, Object>> handle(ApiException ex) {
		return error(status(ex.code()), ex.code(), ex.reason(), ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> handle(AccessDeniedException ex) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || current instanceof AnonymousAuthenticationToken) {
			return error(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录");
		}
		return error(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "FORBIDDEN", "没有权限执行此操作");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> handle(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.BAD_USER_INPUT, "FILE_TOO_LARGE",
				"上传的文件太大（最大 " + this.maxFileSize.toMegabytes() + "MB）");
	}

	/**
	 * Note that multipart failures can happen before a handler is chosen, which is why
	 * this advice is not limited to particular controllers.
	 */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ResponseEntity<Map<String, Object>> fileMissing(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "FILE_REQUIRED",
				"请以 multipart/form-data 上传文件（表单字段 file）");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<Map<String, Object>> badParameter(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "INVALID_PARAMETER", "请求参数不正确");
	}

	static HttpStatus status(ErrorCode code) {
		return switch (code) {
			case BAD_USER_INPUT -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
			case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, ErrorCode code, String reason,
			String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors",
					List.of(Map.of("message", message, "extensions", Map.of("code", code.name(), "reason", reason)))));
	}

}
