package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.stationatlas.system.UserError;

/**
 * Inputs and the payload of the need mutations, as clients send and receive them.
 */
final class NeedInputs {

	private NeedInputs() {
	}

	record CreateNeedInput(String subjectId, NeedType type, NeedCategory category, String subCategory,
			AssessmentMethod assessmentMethod, Urgency urgency, String description, OffsetDateTime assessedAt,
			LocalDate dueDate) {
	}

	record UpdateNeedInput(String id, Integer version, String subjectId, NeedType type, NeedCategory category,
			String subCategory, AssessmentMethod assessmentMethod, Urgency urgency, String description,
			OffsetDateTime assessedAt, LocalDate dueDate) {
	}

	record TransitionNeedInput(String id, Integer version, NeedStatus to, String note) {
	}

	record SubmitNeedInput(NeedCategory category, String subCategory, String description, Urgency urgency,
			LocalDate dueDate) {
	}

	record NeedPayload(Need need, List<UserError> userErrors) {

		static NeedPayload ok(Need need) {
			return new NeedPayload(need, List.of());
		}

		static NeedPayload failed(List<UserError> errors) {
			return new NeedPayload(null, errors);
		}

		static NeedPayload failed(String field, String code, String message) {
			return failed(List.of(UserError.of(field, code, message)));
		}

	}

}
