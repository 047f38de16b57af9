package org.stationatlas.resourcemap;

import java.util.List;

import org.stationatlas.geo.CoordSystem;

/**
 * What the mapper reads, checked; also the cache key, so every field is a value that
 * decides the answer and nothing else (not the exact box the client drew: the box is
 * widened to whole cells first).
 *
 * @param viewer {@code public}, {@code station:<key>} or {@code all}
 * @param stationKey the station whose internal resources the viewer also sees
 * @param allStations whether the viewer sees every resource of every station
 * @param south the WGS-84 box, widened to whole cells of {@code precision}
 * @param geohashFrom the smallest stored geohash in the box (an index range, not exact)
 * @param geohashTo the largest stored geohash in the box
 * @param clustered clusters (low zoom) or points (high zoom)
 * @param dimensions the dimensions to show, or {@code null} for all
 */
record ResourceMapQuery(String viewer, Long stationKey, boolean allStations, double south, double west, double north,
		double east, String geohashFrom, String geohashTo, int precision, boolean clustered, List<String> dimensions,
		List<String> typeCodes, List<String> statuses, CoordSystem coordSystem) {

	public boolean isPublic() {
		return "public".equals(this.viewer);
	}

	/** A readable, unambiguous key (type codes are checked to be [A-Z0-9_]). */
	public String cacheKey() {
		return String.join("|", this.viewer, (this.clustered ? "c" : "p") + this.precision, this.geohashFrom,
				this.geohashTo, String.valueOf(this.south), String.valueOf(this.west), String.valueOf(this.north),
				String.valueOf(this.east), String.valueOf(this.dimensions), String.valueOf(this.typeCodes),
				String.valueOf(this.statuses), this.coordSystem.name());
	}

}
