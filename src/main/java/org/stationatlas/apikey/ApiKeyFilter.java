package org.stationatlas.apikey;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.stationatlas.security.AuthErrors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code X-Api-Key: <key>}. An unknown or revoked key is refused outright
 * rather than treated as anonymous, so a partner learns at once that its key no longer
 * works.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Api-Key";

	private final ApiKeyService keys;

	public ApiKeyFilter(ApiKeyService keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getHeader("Authorization") != null) {
			AuthErrors.write(response, "AMBIGUOUS_CREDENTIALS", "请只使用一种凭证：访问令牌或 API Key");
			return;
		}
		ApiKey key = this.keys.authenticate(presented);
		if (key == null) {
			AuthErrors.write(response, "API_KEY_INVALID", "API Key 无效或已被吊销");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(key));
		chain.doFilter(request, response);
	}

}
