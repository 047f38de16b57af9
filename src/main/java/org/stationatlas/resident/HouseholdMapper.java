package org.stationatlas.resident;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Household rows, always read within the caller's station scope.
 */
@Mapper
interface HouseholdMapper {

	List<Household> findByKeys(@Param("keys") Collection<Long> keys, @Param("scope") Long scope);

	void insert(NewHousehold household);

	List<ResidentMapper.CategoryRow> findCategories(@Param("households") Collection<Long> households);

	void insertCategories(@Param("household") long household,
			@Param("categories") Collection<SafetyNetCategory> categories);

	/** A household to insert; MyBatis writes the generated id back. */
	class NewHousehold {

		Long key;

		long stationKey;

		long communityKey;

		String address;

		Long actor;

		OffsetDateTime now;

	}

}
