package org.stationatlas.need;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.resident.Household;
import org.stationatlas.resident.Resident;
import org.stationatlas.resident.ResidentService;
import org.stationatlas.resident.ResidentStatus;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.UserError;

import org.springframework.stereotype.Component;

/**
 * The residents, households and communities needs belong to, looked up through their
 * features' services.
 */
@Component
class NeedSubjects {

	private final ResidentService residents;

	private final CommunityService communities;

	NeedSubjects(ResidentService residents, CommunityService communities) {
		this.residents = residents;
		this.communities = communities;
	}

	/** A need's subject as stored. */
	record Subject(NeedSubjectType type, Long residentKey, Long householdKey, long communityKey) {
	}

	/**
	 * The subject the ID names if it belongs to the station; otherwise {@code null} and a
	 * user error, alike for one that does not exist and one of another station.
	 */
	Subject resolve(String id, long station, List<UserError> errors) {
		if (id == null) {
			errors.add(UserError.of("subjectId", "REQUIRED", "请指定需求的主体：服务对象、家庭或社区"));
			return null;
		}
		GlobalId subject = GlobalId.decode(id);
		List<Long> key = List.of(subject.key());
		switch (subject.type()) {
			case Resident.TYPE -> {
				Resident r = this.residents.findInScope(key).get(subject.key());
				if (r != null && r.stationKey() == station && r.status() != ResidentStatus.ACTIVE) {
					errors.add(UserError.of("subjectId", "SUBJECT_INACTIVE", "该服务对象已迁出或已故，不能再登记需求"));
					return null;
				}
				if (r != null && r.stationKey() == station) {
					return new Subject(NeedSubjectType.RESIDENT, r.key(), null, r.communityKey());
				}
			}
			case Household.TYPE -> {
				Household h = households(key).get(subject.key());
				if (h != null && h.stationKey() == station) {
					return new Subject(NeedSubjectType.HOUSEHOLD, null, h.key(), h.communityKey());
				}
			}
			case Community.TYPE -> {
				Community c = this.communities.findByKeys(key).get(subject.key());
				if (c != null && c.stationKey() == station && !c.archived()) {
					return new Subject(NeedSubjectType.COMMUNITY, null, null, c.key());
				}
			}
			default -> {
				errors.add(UserError.of("subjectId", "INVALID_SUBJECT", "需求的主体须为服务对象、家庭或社区"));
				return null;
			}
		}
		errors.add(UserError.of("subjectId", "NOT_FOUND", "找不到该需求主体（须为本社工站的服务对象、家庭或服务的社区）"));
		return null;
	}

	/**
	 * Each need's subject object (a {@link Resident}, {@link Household} or
	 * {@link Community}): one lookup per kind.
	 */
	Map<Need, Object> subjects(List<Need> needs) {
		Map<Long, Resident> rs = residents(keys(needs, NeedSubjectType.RESIDENT));
		Map<Long, Household> hs = households(keys(needs, NeedSubjectType.HOUSEHOLD));
		Map<Long, Community> cs = communities(keys(needs, NeedSubjectType.COMMUNITY));
		Map<Need, Object> result = new LinkedHashMap<>();
		for (Need need : needs) {
			Map<Long, ?> byKey = switch (need.subjectType()) {
				case RESIDENT -> rs;
				case HOUSEHOLD -> hs;
				case COMMUNITY -> cs;
			};
			result.put(need, byKey.get(need.subjectKey()));
		}
		return result;
	}

	Map<Long, Resident> residents(Collection<Long> keys) {
		return keys.isEmpty() ? Map.of() : this.residents.findInScope(keys);
	}

	Map<Long, Community> communities(Collection<Long> keys) {
		return this.communities.findByKeys(keys);
	}

	Map<Long, Household> households(Collection<Long> keys) {
		return this.residents.findHouseholdsInScope(keys);
	}

	static Set<Long> keys(List<Need> needs, NeedSubjectType type) {
		return needs.stream().filter((n) -> n.subjectType() == type).map(Need::subjectKey).collect(Collectors.toSet());
	}

}
