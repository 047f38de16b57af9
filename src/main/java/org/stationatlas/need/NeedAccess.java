package org.stationatlas.need;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.stationatlas.resident.Resident;
import org.stationatlas.resident.ResidentService;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.security.Role;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ErrorCode;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read which needs and write where: staff with {@code need:read} their station's
 * (platform administrators every station's), a resident on the mini-program his own.
 */
@Component
class NeedAccess {

	private final CurrentUser currentUser;

	private final ResidentService residents;

	NeedAccess(CurrentUser currentUser, ResidentService residents) {
		this.currentUser = currentUser;
		this.residents = residents;
	}

	/**
	 * The needs the caller may read. Note that callers who may read none are refused
	 * (FORBIDDEN, or UNAUTHENTICATED when anonymous), not shown an empty list.
	 */
	NeedScope readScope() {
		if (this.currentUser.hasAuthority(Authorities.NEED_READ)) {
			return this.currentUser.hasAuthority(Authorities.ALL_STATIONS) ? NeedScope.ALL
					: NeedScope.station(ownStation());
		}
		if (isResident()) {
			return NeedScope.resident(this.residents.findMine().map(Resident::key).orElse(NeedScope.NO_RESIDENT));
		}
		throw new AccessDeniedException("needs are not readable for this caller");
	}

	/** Like {@link #readScope()}, but empty for callers who may read none. */
	Optional<NeedScope> readScopeIfAny() {
		boolean any = this.currentUser.hasAuthority(Authorities.NEED_READ) || isResident();
		return any ? Optional.of(readScope()) : Optional.empty();
	}

	/** Writes are always within the caller's own station. */
	long ownStation() {
		return this.currentUser.stationId()
			.orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "只有社工站工作人员可以操作需求"));
	}

	/** The resident record of the signed-in mini-program user; refuses everyone else. */
	Optional<Resident> requireResident() {
		if (!isResident()) {
			throw new AccessDeniedException("only residents on the mini-program");
		}
		return this.residents.findMine();
	}

	Long actor() {
		return this.currentUser.accountKey().orElse(null);
	}

	/** Now, at the precision the database keeps, so cursors made from it match. */
	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
	}

	private boolean isResident() {
		return this.currentUser.accessToken()
			.map((jwt) -> jwt.getClaimAsString("role"))
			.filter(Role.RESIDENT.name()::equals)
			.isPresent();
	}

}
