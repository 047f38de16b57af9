package org.stationatlas.station;

/**
 * The {@code stations} filter as the client sends it.
 */
record StationFilter(StationKind kind, String district, String text) {

	static final StationFilter NONE = new StationFilter(null, null, null);

}
