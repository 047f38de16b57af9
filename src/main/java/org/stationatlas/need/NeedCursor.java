package org.stationatlas.need;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.stationatlas.system.ApiException;

/**
 * A keyset cursor over needs: the sort key of the last row seen and its key. Note that
 * {@code PageRequest} cursors hold a single key; the needs lists sort on two columns.
 * Exactly one of {@code rank}, {@code createdAt}, {@code dueDate} is set, matching the
 * order the cursor was made for.
 *
 * @param dueDate for {@code DUE_DATE}, where a need without a due date sorts as
 * {@link #NO_DUE_DATE}
 */
record NeedCursor(NeedOrder order, Integer rank, OffsetDateTime createdAt, LocalDate dueDate, long key) {

	/** Must equal the SQL's {@code DATE '9999-12-31'}. */
	static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

	private static final String PREFIX = "n1:";

	static NeedCursor after(Need need, NeedOrder order) {
		return switch (order.field()) {
			case URGENCY -> new NeedCursor(order, need.urgency().rank(), null, null, need.key());
			case CREATED -> new NeedCursor(order, null, need.createdAt(), null, need.key());
			case DUE_DATE ->
				new NeedCursor(order, null, null, (need.dueDate() != null) ? need.dueDate() : NO_DUE_DATE, need.key());
		};
	}

	String encode() {
		long sortKey = switch (this.order.field()) {
			case URGENCY -> this.rank;
			case CREATED -> this.createdAt.toInstant().toEpochMilli();
			case DUE_DATE -> this.dueDate.toEpochDay();
		};
		String raw = PREFIX + this.order.field() + ":" + this.order.direction() + ":" + sortKey + ":" + this.key;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The cursor, which must have been made for the same order; {@code null} for no
	 * cursor.
	 */
	static NeedCursor decode(String cursor, NeedOrder order) {
		if (cursor == null) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String[] parts = raw.split(":");
			if (parts.length == 5 && raw.startsWith(PREFIX) && parts[1].equals(order.field().name())
					&& parts[2].equals(order.direction().name())) {
				long sortKey = Long.parseLong(parts[3]);
				long key = Long.parseLong(parts[4]);
				return switch (order.field()) {
					case URGENCY -> new NeedCursor(order, Math.toIntExact(sortKey), null, null, key);
					case CREATED -> new NeedCursor(order, null,
							OffsetDateTime.ofInstant(Instant.ofEpochMilli(sortKey), ZoneOffset.UTC), null, key);
					case DUE_DATE -> new NeedCursor(order, null, null, LocalDate.ofEpochDay(sortKey), key);
				};
			}
		}
		catch (IllegalArgumentException | ArithmeticException | DateTimeException ex) {
			// falls through to the error below
		}
		throw ApiException.badInput("INVALID_CURSOR", "分页游标 after 无效，请使用同一排序下上一页返回的 endCursor");
	}

}
