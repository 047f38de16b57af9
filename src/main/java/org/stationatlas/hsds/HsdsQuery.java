package org.stationatlas.hsds;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.stationatlas.system.ApiException;
import org.stationatlas.system.TextSearch;

/**
 * The filters of one HSDS list request, checked and ready for the mapper.
 *
 * @param kind which HSDS object is listed (restricts the rows: organizations, located)
 * @param pattern the escaped {@code LIKE} pattern of {@code search}, or null
 * @param typeCode the resource type code that {@code taxonomy_term_id} named, or null
 * @param organizationId the organization's uuid, or null
 * @param modifiedAfter the UTC time of {@code modified_after} (inclusive), or null
 */
record HsdsQuery(HsdsKind kind, String pattern, String typeCode, String organizationId, LocalDateTime modifiedAfter) {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 500;

	boolean organizationsOnly() {
		return this.kind == HsdsKind.ORGANIZATION;
	}

	boolean locatedOnly() {
		return this.kind == HsdsKind.SERVICE_AT_LOCATION;
	}

	static HsdsQuery of(HsdsKind kind, HsdsParams params, String typeCode) {
		String organization = blank(params.organizationId()) ? null : params.organizationId().trim().toLowerCase();
		return new HsdsQuery(kind, TextSearch.containsPattern(params.search()), typeCode, organization,
				modifiedAfter(params.modifiedAfter()));
	}

	/** The 1-based page number; 1 if absent. */
	static int page(HsdsParams params) {
		return number(params.page(), 1, Integer.MAX_VALUE, "page", "页码必须是不小于 1 的整数");
	}

	static int perPage(HsdsParams params) {
		return number(params.perPage(), DEFAULT_PER_PAGE, MAX_PER_PAGE, "per_page",
				"per_page 必须是 1 到 " + MAX_PER_PAGE + " 之间的整数");
	}

	/**
	 * An ISO date-time; one without an offset is taken as UTC, the time zone of the
	 * stored timestamps.
	 */
	private static LocalDateTime modifiedAfter(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.trim()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.trim());
			}
			catch (DateTimeParseException again) {
				throw ApiException.badInput("INVALID_PARAMETER",
						"modified_after 必须是 ISO 8601 日期时间，例如 2026-11-01T00:00:00Z");
			}
		}
	}

	private static int number(String text, int absent, int max, String name, String message) {
		if (blank(text)) {
			return absent;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw ApiException.badInput("INVALID_PARAMETER", message);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
