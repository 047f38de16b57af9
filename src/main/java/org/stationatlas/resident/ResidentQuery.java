package org.stationatlas.resident;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A residents filter as the mapper needs it: resolved keys, the caller's scope, and
 * search tokens.
 *
 * @param scope the caller's station, or {@code null} for callers who may see every
 * station
 * @param bornAfter born on or after (from the maximum age), or {@code null}
 * @param bornBefore born on or before (from the minimum age), or {@code null}
 * @param tokens search tokens that a match must all hold, or {@code null}
 * @param pattern the {@code LIKE} pattern that checks the text itself
 */
record ResidentQuery(Long scope, Long communityKey, Long householdKey, SafetyNetCategory category, Gender gender,
		ResidentStatus status, LocalDate bornAfter, LocalDate bornBefore, Boolean hasOpenNeed,
		Collection<String> tokens, String pattern) {

	public int tokenCount() {
		return (this.tokens != null) ? this.tokens.size() : 0;
	}

}
