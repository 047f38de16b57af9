package org.stationatlas.feed;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads resource changes in feed order.
 */
@Mapper
interface FeedMapper {

	/**
	 * Changes older than {@code horizon}, after {@code since} and after the cursor, in
	 * {@code (updated_at, id)} order, leaving out individual people.
	 */
	List<FeedRow> findChanges(@Param("horizon") LocalDateTime horizon, @Param("since") LocalDateTime since,
			@Param("after") FeedCursor after, @Param("publicHumanTypes") Collection<String> publicHumanTypes,
			@Param("limit") int limit);

}
