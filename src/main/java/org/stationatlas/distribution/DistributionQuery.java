package org.stationatlas.distribution;

import java.util.List;

/**
 * What the mapper counts: the scope, the area, the cell size and the filters, checked.
 *
 * @param stationKey the station whose residents count, or {@code null} for all stations
 * @param communityKey the community, when the area is one
 * @param box the whole cells covering the requested bounds, when the area is a box
 * @param requested the bounds the client asked for
 * @param geohashFrom the smallest geohash in {@code box} (an index range, not exact)
 * @param geohashTo the largest geohash in {@code box}
 * @param precision the geohash length of a cell
 * @param categories the safety-net categories, any of which a resident must have
 */
record DistributionQuery(Long stationKey, Long communityKey, GeoBounds box, GeoBounds requested, String geohashFrom,
		String geohashTo, int precision, List<String> categories, String needCategory, String needStatus) {

	/** The same query limited to one station's residents. */
	DistributionQuery inStation(long key) {
		return new DistributionQuery(key, this.communityKey, this.box, this.requested, this.geohashFrom, this.geohashTo,
				this.precision, this.categories, this.needCategory, this.needStatus);
	}

}
