package org.stationatlas.resident;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Resident rows. Note that every read takes the caller's station scope ({@code null} only
 * for callers who may see all stations), so rows of another station are never loaded.
 */
@Mapper
interface ResidentMapper {

	List<Resident> findByKeys(@Param("keys") Collection<Long> keys, @Param("scope") Long scope);

	List<Resident> findPage(@Param("q") ResidentQuery query, @Param("afterKey") Long afterKey,
			@Param("limit") int limit);

	long count(@Param("q") ResidentQuery query);

	Resident findByIdNumberHmac(@Param("station") long station, @Param("hmac") String hmac);

	Resident findByAccount(@Param("account") long account);

	List<Resident> findByHouseholds(@Param("households") Collection<Long> households, @Param("scope") Long scope);

	void insert(ResidentRow row);

	int update(ResidentRow row);

	int setStatus(@Param("key") long key, @Param("version") int version, @Param("status") ResidentStatus status,
			@Param("actor") Long actor, @Param("now") OffsetDateTime now);

	int linkAccount(@Param("key") long key, @Param("account") Long account, @Param("now") OffsetDateTime now);

	List<CategoryRow> findCategories(@Param("residents") Collection<Long> residents);

	void deleteCategories(@Param("resident") long resident);

	void insertCategories(@Param("resident") long resident, @Param("station") long station,
			@Param("categories") Collection<SafetyNetCategory> categories);

	List<TagRow> findTags(@Param("residents") Collection<Long> residents);

	void deleteTags(@Param("resident") long resident);

	void insertTags(@Param("resident") long resident, @Param("tags") Collection<String> tags);

	void deleteTokens(@Param("resident") long resident);

	void insertTokens(@Param("resident") long resident, @Param("station") long station,
			@Param("tokens") Collection<String> tokens);

	/** One category of one resident. */
	record CategoryRow(long residentKey, SafetyNetCategory category) {
	}

	/** One tag of one resident. */
	record TagRow(long residentKey, String tag) {
	}

}
