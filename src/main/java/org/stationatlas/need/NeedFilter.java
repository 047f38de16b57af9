package org.stationatlas.need;

import java.time.OffsetDateTime;

/**
 * The needs a list or an export asks for, as clients send it; every condition given must
 * hold. IDs are global IDs.
 *
 * @param subjectId a resident, household or community ID: needs of that subject only
 * @param text words the description contains
 */
public record NeedFilter(String communityId, NeedCategory category, NeedType type, NeedStatus status, Urgency urgency,
		String subjectId, CreatedRange createdRange, String text) {

	public static final NeedFilter NONE = new NeedFilter(null, null, null, null, null, null, null, null);

	/**
	 * Recorded at or after {@code from} and before {@code to}; either may be
	 * {@code null}.
	 */
	public record CreatedRange(OffsetDateTime from, OffsetDateTime to) {
	}

}
