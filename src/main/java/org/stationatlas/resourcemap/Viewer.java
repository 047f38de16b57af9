package org.stationatlas.resourcemap;

import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;

/**
 * Which resources a caller sees on the map. Everyone sees the public ones; station staff
 * with {@code resource:read} also their own station's, platform administrators every
 * station's.
 *
 * @param name {@code public}, {@code station:<key>} or {@code all}: part of the cache key
 */
record Viewer(String name, Long stationKey, boolean allStations) {

	static final Viewer PUBLIC = new Viewer("public", null, false);

	static Viewer of(CurrentUser user) {
		if (!user.hasAuthority(Authorities.RESOURCE_READ)) {
			return PUBLIC;
		}
		if (user.hasAuthority(Authorities.ALL_STATIONS)) {
			return new Viewer("all", null, true);
		}
		return user.stationId().map((key) -> new Viewer("station:" + key, key, false)).orElse(PUBLIC);
	}

}
