package org.stationatlas.feed;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.stationatlas.system.ApiException;

/**
 * A position in the feed: the {@code (updated_at, id)} of the last change a client has
 * seen, to the microsecond the column keeps.
 *
 * @param updatedAt the change time, UTC
 * @param key the resource's row key, which breaks ties between changes of the same
 * microsecond
 */
record FeedCursor(LocalDateTime updatedAt, long key) {

	private static final String PREFIX = "f1";

	private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

	String encode() {
		String raw = PREFIX + ":" + ChronoUnit.MICROS.between(EPOCH, this.updatedAt) + ":" + this.key;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor, or {@code null} for none. */
	static FeedCursor decode(String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			if (parts.length == 3 && parts[0].equals(PREFIX)) {
				long micros = Long.parseLong(parts[1]);
				long key = Long.parseLong(parts[2]);
				if (key > 0) {
					return new FeedCursor(EPOCH.plus(micros, ChronoUnit.MICROS), key);
				}
			}
		}
		catch (IllegalArgumentException | ArithmeticException | DateTimeException ex) {
			// falls through to the error below
		}
		throw ApiException.badInput("INVALID_CURSOR", "同步游标 after 无效，请使用上次返回的 endCursor");
	}

}
