package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.stationatlas.system.GlobalId;

/**
 * A need in the needs library (需求库), as stored. Exactly one of {@code residentKey} and
 * {@code householdKey} is set for a resident's or a household's need; neither for a
 * community's.
 *
 * @param assessedByKey the account that assessed the need; {@code null} until a worker
 * assesses a need a resident submitted
 * @param submittedByKey the resident's account that submitted it on the mini-program, if
 * any
 */
public record Need(long key, long stationKey, long communityKey, NeedSubjectType subjectType, Long residentKey,
		Long householdKey, NeedType type, NeedCategory category, String subCategory, AssessmentMethod assessmentMethod,
		Urgency urgency, String description, Long assessedByKey, OffsetDateTime assessedAt, LocalDate dueDate,
		NeedStatus status, String statusReason, Long submittedByKey, int version, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public static final String TYPE = "Need";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	/** Whether the resident himself reported it through the mini-program. */
	public boolean selfReported() {
		return this.submittedByKey != null;
	}

	/** The key of the subject in its own type. */
	public long subjectKey() {
		return switch (this.subjectType) {
			case RESIDENT -> this.residentKey;
			case HOUSEHOLD -> this.householdKey;
			case COMMUNITY -> this.communityKey;
		};
	}

	@Override
	public String toString() {
		return "Need[" + this.key + ", station " + this.stationKey + ", " + this.status + "]";
	}

}
