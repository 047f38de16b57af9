package org.stationatlas.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as the services need it: the station they belong to and whether they
 * may act on all stations.
 */
@Component
public class CurrentUser {

	static final String STATION_CLAIM = "station_id";

	/** Whether the caller may act on the given station's data. */
	public boolean canActOnStation(long stationId) {
		return hasAuthority(Authorities.ALL_STATIONS) || stationId().map((own) -> own == stationId).orElse(false);
	}

	/** The caller's own station, if the caller belongs to one. */
	public Optional<Long> stationId() {
		if (currentAuthentication() instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			Object claim = jwt.getClaims().get(STATION_CLAIM);
			if (claim instanceof Number number) {
				return Optional.of(number.longValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * The caller's account key (the token's subject), if the caller is a signed-in
	 * account.
	 */
	public Optional<Long> accountKey() {
		if (currentAuthentication() instanceof JwtAuthenticationToken token) {
			try {
				return Optional.of(Long.parseLong(token.getToken().getSubject()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * A name for the audit log: {@code account:<key>}, {@code apikey:<key>} or
	 * {@code anonymous}.
	 */
	public String actorName() {
		Authentication authentication = currentAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return "account:" + token.getToken().getSubject();
		}
		return (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) ? authentication.getName() : "anonymous";
	}

	/** The access token in use, for logout. */
	public Optional<Jwt> accessToken() {
		return (currentAuthentication() instanceof JwtAuthenticationToken token) ? Optional.of(token.getToken())
				: Optional.empty();
	}

	public boolean hasAuthority(String authority) {
		Authentication authentication = currentAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority::equals);
	}

	private static Authentication currentAuthentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
