package org.stationatlas.security;

import java.util.List;

/**
 * The roles of accounts and what each may do. Note that this table is the single source
 * of the role → authority mapping; tokens are issued from it.
 */
public enum Role {

	/** 平台管理员: manages stations, accounts and partner keys across all stations. */
	PLATFORM_ADMIN(Authorities.ALL_STATIONS, Authorities.USER_MANAGE, Authorities.API_KEY_MANAGE,
			Authorities.AUDIT_READ, Authorities.COMMUNITY_WRITE, Authorities.RESIDENT_READ, Authorities.NEED_READ,
			Authorities.RESOURCE_READ, Authorities.TAXONOMY_MANAGE),
	/** 站点管理员: runs one station, its community map and its accounts. */
	STATION_ADMIN(Authorities.COMMUNITY_WRITE, Authorities.USER_MANAGE, Authorities.AUDIT_READ, Authorities.PII_READ,
			Authorities.RESIDENT_READ, Authorities.RESIDENT_WRITE, Authorities.RESIDENT_IMPORT, Authorities.NEED_READ,
			Authorities.NEED_WRITE, Authorities.DISTRIBUTION_POINTS, Authorities.RESOURCE_READ,
			Authorities.RESOURCE_WRITE),
	/** 督导: supervises the station's workers; reads their journals and the audit log. */
	SUPERVISOR(Authorities.AUDIT_READ, Authorities.PII_READ, Authorities.RESIDENT_READ, Authorities.NEED_READ,
			Authorities.DISTRIBUTION_POINTS, Authorities.RESOURCE_READ),
	/**
	 * 社工: serves residents; may read their contact data in full when the work needs it.
	 */
	SOCIAL_WORKER(Authorities.PII_READ, Authorities.RESIDENT_READ, Authorities.RESIDENT_WRITE,
			Authorities.RESIDENT_IMPORT, Authorities.NEED_READ, Authorities.NEED_WRITE, Authorities.DISTRIBUTION_POINTS,
			Authorities.RESOURCE_READ, Authorities.RESOURCE_WRITE),
	/** 志愿者: helps at activities; sees personal data masked only. */
	VOLUNTEER(Authorities.RESOURCE_READ),
	/** 居民: signs in from the mini-program; sees only his own data and public data. */
	RESIDENT;

	private final List<String> authorities;

	Role(String... authorities) {
		this.authorities = List.of(authorities);
	}

	public List<String> authorities() {
		return this.authorities;
	}

	/** Whether accounts of this role belong to a station. */
	public boolean isStationStaff() {
		return this != PLATFORM_ADMIN && this != RESIDENT;
	}

}
