package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.stationatlas.system.UserError;

/**
 * The rules a need's fields must keep, for every way a need is written. Note that strings
 * are measured in characters (code points), as people count them.
 */
final class NeedValidator {

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_SUB_CATEGORY = 50;

	static final int MAX_NOTE = 500;

	/** Dates are the station's dates: China time. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private NeedValidator() {
	}

	/**
	 * Checks and normalises the draft (trims text, blank sub-category to {@code null}).
	 * @param previousDueDate the stored due date: keeping it is allowed even once past
	 */
	static void check(NeedDraft d, LocalDate previousDueDate, List<UserError> errors) {
		required(d.type, "type", "请选择需求类型", errors);
		required(d.category, "category", "请选择需求类别", errors);
		required(d.assessmentMethod, "assessmentMethod", "请选择评估方法", errors);
		required(d.urgency, "urgency", "请选择紧急程度", errors);
		d.description = (d.description != null) ? d.description.strip() : "";
		if (d.description.isEmpty()) {
			errors.add(UserError.of("description", "REQUIRED", "需求描述不能为空"));
		}
		else if (length(d.description) > MAX_DESCRIPTION) {
			errors.add(UserError.of("description", "TOO_LONG", "需求描述最长 " + MAX_DESCRIPTION + " 字"));
		}
		d.subCategory = (d.subCategory != null && !d.subCategory.isBlank()) ? d.subCategory.strip() : null;
		if (d.subCategory != null && length(d.subCategory) > MAX_SUB_CATEGORY) {
			errors.add(UserError.of("subCategory", "TOO_LONG", "子类别最长 " + MAX_SUB_CATEGORY + " 字"));
		}
		LocalDate today = LocalDate.now(CHINA);
		if (d.dueDate != null && !d.dueDate.equals(previousDueDate)) {
			if (d.dueDate.isBefore(today)) {
				errors.add(UserError.of("dueDate", "DUE_DATE_IN_PAST", "截止日期不能早于今天（" + today + "）"));
			}
			else if (d.dueDate.isAfter(today.plusYears(10))) {
				errors.add(UserError.of("dueDate", "DUE_DATE_TOO_FAR", "截止日期不能晚于 10 年后"));
			}
		}
		if (d.assessedAt != null && d.assessedAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5))) {
			errors.add(UserError.of("assessedAt", "ASSESSED_IN_FUTURE", "评估时间不能晚于现在"));
		}
	}

	/**
	 * The note of a transition, trimmed, or {@code null}; a reason where one is needed.
	 */
	static String note(NeedStatus to, String note, List<UserError> errors) {
		String trimmed = (note != null && !note.isBlank()) ? note.strip() : null;
		if (trimmed == null && to != null && to.needsReason()) {
			errors.add(UserError.of("note", "REASON_REQUIRED", "改为「" + to.label() + "」须填写原因"));
		}
		else if (trimmed != null && length(trimmed) > MAX_NOTE) {
			errors.add(UserError.of("note", "TOO_LONG", "说明最长 " + MAX_NOTE + " 字"));
		}
		return trimmed;
	}

	private static void required(Object value, String field, String message, List<UserError> errors) {
		if (value == null) {
			errors.add(UserError.of(field, "REQUIRED", message));
		}
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
