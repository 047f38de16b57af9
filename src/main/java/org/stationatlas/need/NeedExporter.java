package org.stationatlas.need;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationatlas.community.Community;
import org.stationatlas.resident.Household;
import org.stationatlas.resident.Resident;

import org.springframework.stereotype.Component;

/**
 * Turns needs into plain spreadsheet rows: one lookup per kind of subject and one for the
 * communities, per chunk.
 */
@Component
class NeedExporter {

	private final NeedSubjects subjects;

	NeedExporter(NeedSubjects subjects) {
		this.subjects = subjects;
	}

	List<NeedRow> rows(List<Need> needs) {
		Map<Need, Object> subjectOf = this.subjects.subjects(needs);
		Map<Long, Community> communities = this.subjects
			.communities(needs.stream().map(Need::communityKey).collect(Collectors.toSet()));
		return needs.stream().map((n) -> {
			Community community = communities.get(n.communityKey());
			return new NeedRow(n.id(), n.subjectType(), name(subjectOf.get(n)),
					(community != null) ? community.name() : null, n.type(), n.category(), n.subCategory(),
					n.assessmentMethod(), n.urgency(), n.status(), n.statusReason(), n.description(), n.assessedAt(),
					n.dueDate(), n.selfReported(), n.createdAt(), n.updatedAt());
		}).toList();
	}

	private static String name(Object subject) {
		if (subject instanceof Resident r) {
			return r.name();
		}
		if (subject instanceof Household h) {
			return h.address();
		}
		return (subject instanceof Community c) ? c.name() : null;
	}

}
