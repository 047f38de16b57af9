package org.stationatlas.need;

/**
 * The needs a caller may read, as the mapper filters them: one station's, one resident's
 * own, or ({@link #ALL}) every station's.
 *
 * @param station the caller's station, or {@code null}
 * @param resident the caller's own resident record, or {@code null}
 */
record NeedScope(Long station, Long resident) {

	static final NeedScope ALL = new NeedScope(null, null);

	/** No resident has key 0: a resident account linked to no record sees nothing. */
	static final long NO_RESIDENT = 0;

	static NeedScope station(long station) {
		return new NeedScope(station, null);
	}

	static NeedScope resident(long resident) {
		return new NeedScope(null, resident);
	}

}
