package org.stationatlas.community;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Community rows and their roads and places.
 */
@Mapper
interface CommunityMapper {

	List<Community> findByKeys(@Param("keys") Collection<Long> keys);

	List<Community> findPage(@Param("stationKey") Long stationKey, @Param("district") String district,
			@Param("street") String street, @Param("pattern") String pattern,
			@Param("includeArchived") boolean includeArchived, @Param("afterKey") Long afterKey,
			@Param("limit") int limit);

	long count(@Param("stationKey") Long stationKey, @Param("district") String district, @Param("street") String street,
			@Param("pattern") String pattern, @Param("includeArchived") boolean includeArchived);

	/**
	 * The first {@code limit} communities of each station after the cursor, in one
	 * statement.
	 */
	List<Community> findFirstPerStation(@Param("stationKeys") Collection<Long> stationKeys,
			@Param("includeArchived") boolean includeArchived, @Param("afterKey") Long afterKey,
			@Param("limit") int limit);

	List<StationCount> countPerStation(@Param("stationKeys") Collection<Long> stationKeys,
			@Param("includeArchived") boolean includeArchived);

	/**
	 * Live communities whose bounding box holds the point: candidates for the exact
	 * polygon test.
	 */
	List<Community> findBoxesContaining(@Param("lat") BigDecimal lat, @Param("lng") BigDecimal lng);

	boolean existsName(@Param("stationKey") long stationKey, @Param("name") String name,
			@Param("exceptKey") Long exceptKey);

	boolean existsAdminCode(@Param("adminCode") String adminCode, @Param("exceptKey") Long exceptKey);

	void insert(CommunityRow row);

	int update(CommunityRow row);

	int archive(@Param("key") long key, @Param("version") int version, @Param("now") OffsetDateTime now);

	List<Road> findRoads(@Param("communityKeys") Collection<Long> communityKeys);

	List<Place> findPlaces(@Param("communityKeys") Collection<Long> communityKeys, @Param("role") PlaceRole role);

	void deleteRoads(@Param("communityKey") long communityKey);

	void insertRoads(@Param("communityKey") long communityKey, @Param("names") List<String> names);

	void deletePlaces(@Param("communityKey") long communityKey, @Param("role") PlaceRole role);

	void insertPlaces(@Param("communityKey") long communityKey, @Param("places") List<Place> places);

	/** How many communities a station has. */
	record StationCount(long stationKey, long total) {
	}

}
