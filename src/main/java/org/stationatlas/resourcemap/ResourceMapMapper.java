package org.stationatlas.resourcemap;

import java.math.BigDecimal;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * A read model over the resource and resource_type tables for the map. Note that it
 * writes nothing; the resource feature owns those rows.
 */
@Mapper
interface ResourceMapMapper {

	/** Resources per cell and dimension, in cell order. */
	List<CellRow> countCells(@Param("q") ResourceMapQuery query);

	/** The resources themselves, in key order, at most {@code limit}. */
	List<PointRow> findPoints(@Param("q") ResourceMapQuery query, @Param("limit") int limit);

	/** Sums rather than averages, so that a cell's rows can be combined exactly. */
	record CellRow(String cell, String dimension, int resources, BigDecimal latSum, BigDecimal lngSum,
			BigDecimal minLat, BigDecimal minLng, BigDecimal maxLat, BigDecimal maxLng) {
	}

	record PointRow(long key, String name, String dimension, String typeCode, BigDecimal lat, BigDecimal lng,
			String status) {
	}

}
