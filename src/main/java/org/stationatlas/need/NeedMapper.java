package org.stationatlas.need;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Need rows and their history. Note that every read takes the caller's {@link NeedScope},
 * so rows outside it are never loaded.
 */
@Mapper
interface NeedMapper {

	List<Need> findByKeys(@Param("keys") Collection<Long> keys, @Param("s") NeedScope scope);

	List<Need> findPage(@Param("q") NeedQuery query, @Param("after") NeedCursor after, @Param("limit") int limit);

	long count(@Param("q") NeedQuery query);

	/**
	 * Up to {@code limit} needs per parent, most urgent first.
	 * @param parent {@code RESIDENT} (needs of the resident himself) or {@code COMMUNITY}
	 * (every need in the community)
	 */
	List<Need> findFirstPerParent(@Param("parent") String parent, @Param("parents") Collection<Long> parents,
			@Param("s") NeedScope scope, @Param("status") NeedStatus status, @Param("after") NeedCursor after,
			@Param("limit") int limit);

	List<ParentCount> countPerParent(@Param("parent") String parent, @Param("parents") Collection<Long> parents,
			@Param("s") NeedScope scope, @Param("status") NeedStatus status);

	List<NeedTransition> findTransitions(@Param("needs") Collection<Long> needs);

	void insert(NeedDraft draft);

	/** Optimistic lock: only the version the client read is overwritten. */
	int update(NeedDraft draft);

	/** Optimistic lock on the version and the status the transition starts from. */
	int transition(@Param("key") long key, @Param("version") int version, @Param("from") NeedStatus from,
			@Param("to") NeedStatus to, @Param("note") String note, @Param("actor") Long actor,
			@Param("now") OffsetDateTime now);

	void insertTransition(@Param("need") long need, @Param("from") NeedStatus from, @Param("to") NeedStatus to,
			@Param("note") String note, @Param("actor") Long actor, @Param("now") OffsetDateTime now);

	/** How many needs one parent has. */
	record ParentCount(long parentKey, long total) {
	}

}
