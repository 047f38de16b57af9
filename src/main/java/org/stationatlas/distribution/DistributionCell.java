package org.stationatlas.distribution;

import java.util.List;

import org.stationatlas.resident.SafetyNetCategory;
import org.stationatlas.geo.GeoPoint;

/**
 * One geohash cell of the distribution map with the number of people in it.
 */
record DistributionCell(String geohash, GeoPoint center, GeoBounds bounds, int count,
		List<CategoryCount> countsByCategory) {

	static DistributionCell of(String geohash, GeoBounds bounds, int count, List<CategoryCount> countsByCategory) {
		return new DistributionCell(geohash, bounds.center(), bounds, count, countsByCategory);
	}

	/** How many people of one category; the schema's {@code SafetyNetCategoryCount}. */
	record CategoryCount(SafetyNetCategory category, int count) {
	}

}
