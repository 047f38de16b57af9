package org.stationatlas.station;

/**
 * The level a station works at.
 */
public enum StationKind {

	/** 县（区）级社会工作服务中心. */
	COUNTY_CENTER,
	/** 乡镇社工站. */
	TOWNSHIP_STATION,
	/** 街道社工站. */
	STREET_STATION

}
