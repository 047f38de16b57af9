package org.stationatlas.resident;

/**
 * Whether the station still serves a resident.
 */
public enum ResidentStatus {

	/** 在册. */
	ACTIVE,
	/** 已迁出. */
	MOVED_OUT,
	/** 已故. */
	DECEASED

}
