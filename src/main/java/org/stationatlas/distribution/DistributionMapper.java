package org.stationatlas.distribution;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * A read model over the resident, resident_category and need tables: counts per geohash
 * cell, and points. Note that it writes nothing; the resident feature owns those rows.
 */
@Mapper
interface DistributionMapper {

	/** People per cell, in geohash order, at most {@code limit} cells. */
	List<CellCount> countCells(@Param("q") DistributionQuery query, @Param("limit") int limit);

	/** People per cell and category, for the same people as {@link #countCells}. */
	List<CellCategoryCount> countCategories(@Param("q") DistributionQuery query);

	/** The people themselves, in key order, at most {@code limit}. */
	List<PointRow> findPoints(@Param("q") DistributionQuery query, @Param("limit") int limit);

	List<ResidentCategory> findCategories(@Param("stationKey") long stationKey,
			@Param("residentKeys") Collection<Long> residentKeys);

	record CellCount(String cell, int residents) {
	}

	record CellCategoryCount(String cell, String category, int residents) {
	}

	record PointRow(long key, BigDecimal lat, BigDecimal lng) {
	}

	record ResidentCategory(long residentKey, String category) {
	}

}
