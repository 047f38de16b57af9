package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A need as the commands hand it to the mapper. Mutable only because it is filled in step
 * by step and MyBatis writes the generated key back.
 */
class NeedDraft {

	Long key;

	long stationKey;

	long communityKey;

	NeedSubjectType subjectType;

	Long residentKey;

	Long householdKey;

	NeedType type;

	NeedCategory category;

	String subCategory;

	AssessmentMethod assessmentMethod;

	Urgency urgency;

	String description;

	Long assessedByKey;

	OffsetDateTime assessedAt;

	LocalDate dueDate;

	NeedStatus status = NeedStatus.OPEN;

	Long submittedByKey;

	int version;

	Long actor;

	OffsetDateTime now;

	static NeedDraft of(Need need) {
		NeedDraft d = new NeedDraft();
		d.key = need.key();
		d.stationKey = need.stationKey();
		d.communityKey = need.communityKey();
		d.subjectType = need.subjectType();
		d.residentKey = need.residentKey();
		d.householdKey = need.householdKey();
		d.type = need.type();
		d.category = need.category();
		d.subCategory = need.subCategory();
		d.assessmentMethod = need.assessmentMethod();
		d.urgency = need.urgency();
		d.description = need.description();
		d.assessedByKey = need.assessedByKey();
		d.assessedAt = need.assessedAt();
		d.dueDate = need.dueDate();
		d.status = need.status();
		d.submittedByKey = need.submittedByKey();
		d.version = need.version();
		return d;
	}

	void subject(NeedSubjects.Subject subject) {
		this.subjectType = subject.type();
		this.residentKey = subject.residentKey();
		this.householdKey = subject.householdKey();
		this.communityKey = subject.communityKey();
	}

	public int getUrgencyRank() {
		return this.urgency.rank();
	}

}
