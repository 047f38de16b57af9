package org.stationatlas.system;

/**
 * A client's search text made safe for {@code LIKE}: wildcards the client typed match
 * literally.
 */
public final class TextSearch {

	public static final int MAX_LENGTH = 50;

	private TextSearch() {
	}

	/**
	 * Returns the {@code %...%} pattern for the mapper, or {@code null} for a blank text
	 * (no filter).
	 */
	public static String containsPattern(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
			throw ApiException.badInput("TEXT_TOO_LONG", "搜索文字最长 " + MAX_LENGTH + " 个字");
		}
		String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
