package org.stationatlas.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Audit rows: insert and read, nothing else. Note that there is deliberately no update or
 * delete.
 */
@Mapper
interface AuditMapper {

	void insert(AuditEntry entry);

	List<AuditEntry> findPage(@Param("stationKey") Long stationKey, @Param("action") String action,
			@Param("targetType") String targetType, @Param("targetId") Long targetId, @Param("actorId") Long actorId,
			@Param("afterKey") Long afterKey, @Param("limit") int limit);

	long count(@Param("stationKey") Long stationKey, @Param("action") String action,
			@Param("targetType") String targetType, @Param("targetId") Long targetId, @Param("actorId") Long actorId);

}
