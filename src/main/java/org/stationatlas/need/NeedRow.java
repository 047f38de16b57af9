package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One need as plain values for a spreadsheet row; enums carry their Chinese
 * {@code label()}.
 *
 * @param id the need's global ID
 * @param subjectName the resident's name, the household's address or the community's name
 * @param communityName the community the need belongs to
 * @param selfReported whether the resident submitted it himself on the mini-program
 */
public record NeedRow(String id, NeedSubjectType subjectType, String subjectName, String communityName, NeedType type,
		NeedCategory category, String subCategory, AssessmentMethod assessmentMethod, Urgency urgency,
		NeedStatus status, String statusReason, String description, OffsetDateTime assessedAt, LocalDate dueDate,
		boolean selfReported, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
