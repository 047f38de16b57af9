package org.stationatlas.need;

import java.time.OffsetDateTime;

/**
 * One status change of a need, as kept in its history. The first one of every need has no
 * {@code from}: the need was recorded as {@code OPEN}.
 */
public record NeedTransition(long key, long needKey, NeedStatus from, NeedStatus to, String note, Long actorKey,
		OffsetDateTime occurredAt) {

}
