package org.stationatlas.resident;

import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * The station whose residents the caller may see: his own, or every station for platform
 * administrators.
 */
@Component
class ResidentScope {

	private final CurrentUser currentUser;

	ResidentScope(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** {@code null} means every station. */
	Long readScope() {
		if (this.currentUser.hasAuthority(Authorities.ALL_STATIONS)) {
			return null;
		}
		return ownStation();
	}

	/**
	 * Writes are always within the caller's own station, platform administrators
	 * included.
	 */
	long ownStation() {
		return this.currentUser.stationId()
			.orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "只有社工站工作人员可以操作服务对象"));
	}

	Long actor() {
		return this.currentUser.accountKey().orElse(null);
	}

}
