package org.stationatlas.distribution;

import org.stationatlas.security.CurrentUser;
import org.stationatlas.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who may see a station's distribution map: its staff, volunteers included. Note that
 * this needs the token's role, not an authority: volunteers hold no authority at all, and
 * a resident's account belongs to a station too.
 */
@Component("distributionViewers")
class DistributionViewers {

	private final CurrentUser currentUser;

	DistributionViewers(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** Used in {@code @PreAuthorize}. */
	public boolean isStationStaff(Authentication authentication) {
		if (!(authentication instanceof JwtAuthenticationToken token) || this.currentUser.stationId().isEmpty()) {
			return false;
		}
		String role = token.getToken().getClaimAsString("role");
		try {
			return role != null && Role.valueOf(role).isStationStaff();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
