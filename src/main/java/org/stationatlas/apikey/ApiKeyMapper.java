package org.stationatlas.apikey;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * API key rows.
 */
@Mapper
interface ApiKeyMapper {

	ApiKey findActiveByHash(@Param("hash") String hash);

	List<ApiKey> findByKeys(@Param("keys") Collection<Long> keys);

	List<ApiKey> findPage(@Param("afterKey") Long afterKey, @Param("limit") int limit);

	long count();

	void insert(NewApiKey key);

	int revoke(@Param("key") long key, @Param("now") OffsetDateTime now);

	/** A key to insert; MyBatis writes the generated id back. */
	class NewApiKey {

		Long key;

		String name;

		String keyHash;

		String keyPrefix;

		int rateLimitPerMinute;

		Long createdBy;

		OffsetDateTime now;

	}

}
