package org.stationatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.stationatlas.apikey.ApiKeyFilter;
import org.stationatlas.apikey.ApiKeyService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Authentication at the edge: a stateless API whose callers send
 * {@code Authorization: Bearer <access token>} or, for partners, {@code X-Api-Key}.
 * Authorization happens on service methods ({@code @PreAuthorize}) and in the SQL's row
 * scope.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final int MIN_SECRET_BYTES = 32;

	@Bean
	SecurityFilterChain api(HttpSecurity http, JwtAuthenticationConverter converter, ApiKeyService apiKeys)
			throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.cors(Customizer.withDefaults())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.referrerPolicy((r) -> r.policy(ReferrerPolicy.NO_REFERRER)))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(new ApiKeyFilter(apiKeys), BearerTokenAuthenticationFilter.class)
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint((request, response, ex) -> AuthErrors.write(response, "TOKEN_INVALID",
						"访问令牌无效或已过期，请刷新令牌或重新登录")));
		return http.build();
	}

	@Bean
	SecretKey accessTokenKey(@Value("${app.security.jwt-secret}") String secret) {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MIN_SECRET_BYTES) {
			throw new IllegalStateException("app.security.jwt-secret must be at least " + MIN_SECRET_BYTES + " bytes");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	@Bean
	JwtDecoder jwtDecoder(SecretKey accessTokenKey, RefreshTokens refreshTokens) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(accessTokenKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(TokenService.ISSUER), new RevokedTokenValidator(refreshTokens)));
		return decoder;
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("authorities");
		authorities.setAuthorityPrefix("");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	/**
	 * BCrypt, behind Spring's delegating encoder so that a stronger algorithm can be
	 * phased in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Browser dashboards on the named origins only, for GraphQL and the spreadsheet
	 * endpoints; mini-programs and servers do not use CORS.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(@Value("${app.cors.allowed-origins:}") List<String> origins) {
		CorsConfiguration config = new CorsConfiguration();
		config.setAllowedOrigins(origins.stream().filter((o) -> !o.isBlank()).toList());
		config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		config.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Api-Key"));
		config.setExposedHeaders(
				List.of("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "Content-Disposition"));
		config.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/graphql", config);
		source.registerCorsConfiguration("/api/**", config);
		return source;
	}

}
