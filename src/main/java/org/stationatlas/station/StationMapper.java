package org.stationatlas.station;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Station rows.
 */
@Mapper
interface StationMapper {

	List<Station> findByKeys(@Param("keys") Collection<Long> keys);

	List<Station> findPage(@Param("kind") StationKind kind, @Param("district") String district,
			@Param("pattern") String pattern, @Param("afterKey") Long afterKey, @Param("limit") int limit);

	void insert(StationRow row);

	int update(StationRow row);

	boolean existsName(@Param("name") String name, @Param("exceptKey") Long exceptKey);

	long count(@Param("kind") StationKind kind, @Param("district") String district, @Param("pattern") String pattern);

}
