package org.stationatlas.need;

/**
 * The order of a needs list. Every order ends with the need's key, so it is total and a
 * keyset cursor can continue it.
 */
record NeedOrder(Field field, Direction direction) {

	/** Crisis needs first, then by key: what every list uses unless told otherwise. */
	static final NeedOrder DEFAULT = new NeedOrder(Field.URGENCY, Direction.ASC);

	static NeedOrder orDefault(NeedOrder order) {
		if (order == null) {
			return DEFAULT;
		}
		return new NeedOrder((order.field() != null) ? order.field() : Field.URGENCY,
				(order.direction() != null) ? order.direction() : Direction.ASC);
	}

	boolean descending() {
		return this.direction == Direction.DESC;
	}

	enum Field {

		URGENCY, CREATED, DUE_DATE

	}

	enum Direction {

		ASC, DESC

	}

}
