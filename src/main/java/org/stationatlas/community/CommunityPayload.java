package org.stationatlas.community;

import java.util.List;

import org.stationatlas.system.UserError;

/**
 * What every community mutation returns: the community as it now is, or the rules the
 * input broke.
 */
record CommunityPayload(Community community, List<UserError> userErrors) {

	static CommunityPayload ok(Community community) {
		return new CommunityPayload(community, List.of());
	}

	static CommunityPayload failed(List<UserError> errors) {
		return new CommunityPayload(null, errors);
	}

	static CommunityPayload failed(UserError error) {
		return failed(List.of(error));
	}

}
