package org.stationatlas.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset page: up to {@code first} rows whose key is greater than the {@code after}
 * cursor's key. Keyset rather than OFFSET so that rows inserted while a client pages
 * never shift or repeat what it sees.
 *
 * @param first how many rows the client asked for
 * @param afterKey the last key the client has seen, or {@code null} for the first page
 */
public record PageRequest(int first, Long afterKey) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private static final String CURSOR_PREFIX = "k1:";

	public static PageRequest of(Integer first, String after) {
		int size = (first != null) ? first : DEFAULT_SIZE;
		if (size < 0) {
			throw ApiException.badInput("INVALID_PAGE_SIZE", "first 不能为负数");
		}
		if (size > MAX_SIZE) {
			throw ApiException.badInput("PAGE_SIZE_TOO_LARGE", "first 最大为 " + MAX_SIZE + "，请分页获取");
		}
		return new PageRequest(size, (after != null) ? decodeCursor(after) : null);
	}

	/**
	 * One row more than asked, so the query itself tells whether there is a next page.
	 */
	public int fetchSize() {
		return this.first + 1;
	}

	public static String encodeCursor(long key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + key).getBytes(StandardCharsets.UTF_8));
	}

	static Long decodeCursor(String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (raw.startsWith(CURSOR_PREFIX)) {
				return Long.parseLong(raw.substring(CURSOR_PREFIX.length()));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below; NumberFormatException is an
			// IllegalArgumentException
		}
		throw ApiException.badInput("INVALID_CURSOR", "分页游标 after 无效，请使用上一页返回的 endCursor");
	}

}
