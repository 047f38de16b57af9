package org.stationatlas.security.limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code POST /graphql} before Spring for GraphQL reads the body: a body over the
 * size limit gets 413 and a JSON array (a batch, which this API does not accept) gets
 * 400, both with a body in GraphQL error shape.
 */
final class GraphQlRequestFilter extends OncePerRequestFilter {

	private final int maxBytes;

	GraphQlRequestFilter(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = (request.getContentLengthLong() > this.maxBytes) ? null : readAtMost(request.getInputStream());
		if (body == null) {
			reject(response, HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE",
					"请求过大：请求体最大 " + describe(this.maxBytes) + "，请精简查询或使用持久化查询");
			return;
		}
		if (isJsonArray(body)) {
			reject(response, HttpStatus.BAD_REQUEST, "BATCH_NOT_SUPPORTED",
					"不支持批量请求：请求体应为一个 JSON 对象 {\"query\": …}，而不是数组");
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	/**
	 * The whole body, or {@code null} if it is longer than the limit. Note that the bytes
	 * are counted as they are read, so a chunked body without {@code Content-Length}
	 * cannot slip past the limit.
	 */
	private byte[] readAtMost(InputStream in) throws IOException {
		byte[] body = in.readNBytes(this.maxBytes + 1);
		return (body.length > this.maxBytes) ? null : body;
	}

	private static boolean isJsonArray(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '[';
			}
		}
		return false;
	}

	private static void reject(HttpServletResponse response, HttpStatus status, String reason, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(LimitErrors.json(reason, message));
	}

	private static String describe(int bytes) {
		return (bytes % 1024 == 0) ? (bytes / 1024) + " KB" : bytes + " 字节";
	}

}
