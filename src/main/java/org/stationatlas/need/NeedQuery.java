package org.stationatlas.need;

import java.time.OffsetDateTime;

import org.stationatlas.community.Community;
import org.stationatlas.resident.Household;
import org.stationatlas.resident.Resident;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.TextSearch;

/**
 * A needs filter as the mapper needs it: the caller's scope, resolved keys, the
 * {@code LIKE} pattern, and the order as plain values (the mapper picks its SQL from
 * {@code sort}, never pastes it).
 *
 * @param subjectCommunity needs of the community itself (not of its residents)
 * @param sort the {@link NeedOrder.Field} name
 */
record NeedQuery(NeedScope scope, Long communityKey, NeedCategory category, NeedType type, NeedStatus status,
		Urgency urgency, Long subjectResident, Long subjectHousehold, Long subjectCommunity, OffsetDateTime createdFrom,
		OffsetDateTime createdTo, String pattern, String sort, boolean desc) {

	static NeedQuery of(NeedScope scope, NeedFilter filter, NeedOrder order) {
		NeedFilter f = (filter != null) ? filter : NeedFilter.NONE;
		Long community = (f.communityId() != null) ? GlobalId.decode(f.communityId(), Community.TYPE) : null;
		Long resident = null;
		Long household = null;
		Long communitySubject = null;
		if (f.subjectId() != null) {
			GlobalId subject = GlobalId.decode(f.subjectId());
			switch (subject.type()) {
				case Resident.TYPE -> resident = subject.key();
				case Household.TYPE -> household = subject.key();
				case Community.TYPE -> communitySubject = subject.key();
				default -> throw ApiException.badInput("INVALID_ID", "subjectId 须为服务对象、家庭或社区的 ID");
			}
		}
		OffsetDateTime from = (f.createdRange() != null) ? f.createdRange().from() : null;
		OffsetDateTime to = (f.createdRange() != null) ? f.createdRange().to() : null;
		if (from != null && to != null && from.isAfter(to)) {
			throw ApiException.badInput("INVALID_RANGE", "createdRange 的 from 不能晚于 to");
		}
		return new NeedQuery(scope, community, f.category(), f.type(), f.status(), f.urgency(), resident, household,
				communitySubject, from, to, TextSearch.containsPattern(f.text()), order.field().name(),
				order.descending());
	}

	NeedOrder order() {
		return new NeedOrder(NeedOrder.Field.valueOf(this.sort),
				this.desc ? NeedOrder.Direction.DESC : NeedOrder.Direction.ASC);
	}

}
