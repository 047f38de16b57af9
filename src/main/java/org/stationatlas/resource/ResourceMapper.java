package org.stationatlas.resource;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Resource rows and the taxonomy. Note that every read carries the viewer's visibility in
 * its SQL.
 */
@Mapper
interface ResourceMapper {

	List<Resource> findPage(@Param("q") ResourceQuery query, @Param("limit") int limit);

	long count(@Param("q") ResourceQuery query);

	List<Link> findFirstPerCommunity(@Param("communities") Collection<Long> communities,
			@Param("q") ResourceQuery visibility, @Param("limit") int limit);

	/** Note that here the second value is the count, not a resource key. */
	List<Link> countPerCommunity(@Param("communities") Collection<Long> communities,
			@Param("q") ResourceQuery visibility);

	List<Resource> findByKeys(@Param("keys") Collection<Long> keys, @Param("q") ResourceQuery visibility);

	void insert(ResourceRow row);

	int update(ResourceRow row);

	int verify(@Param("key") long key, @Param("station") long station, @Param("version") int version,
			@Param("actor") Long actor, @Param("now") OffsetDateTime now);

	int archive(@Param("key") long key, @Param("station") long station, @Param("version") int version,
			@Param("actor") Long actor, @Param("now") OffsetDateTime now);

	void deleteCommunities(@Param("key") long key);

	void insertCommunities(@Param("key") long key, @Param("communities") Collection<Long> communities);

	void deleteNeedCategories(@Param("key") long key);

	void insertNeedCategories(@Param("key") long key, @Param("categories") Collection<String> categories);

	void deleteEligibleCategories(@Param("key") long key);

	void insertEligibleCategories(@Param("key") long key, @Param("categories") Collection<String> categories);

	List<Child> findChildren(@Param("keys") Collection<Long> keys);

	List<ResourceType> findTypes(@Param("dimension") ResourceDimension dimension);

	void insertType(NewType type);

	/** A community and a resource serving it. */
	record Link(long communityKey, long resourceKey) {
	}

	/** One service-area community, need category or eligible category of a resource. */
	record Child(long resourceKey, String kind, String value) {
	}

	/** A taxonomy entry to insert. */
	class NewType {

		Long key;

		String code;

		ResourceDimension dimension;

		String name;

		String description;

		int sortOrder;

		OffsetDateTime now;

	}

}
