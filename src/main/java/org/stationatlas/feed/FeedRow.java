package org.stationatlas.feed;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One resource as the feed reads it, public or not; {@link FeedService} decides what a
 * partner sees. Times are UTC.
 */
record FeedRow(long key, String uuid, LocalDateTime updatedAt, String dimension, String typeCode, String typeName,
		String name, String description, String provider, String contactPhone, String address, BigDecimal lat,
		BigDecimal lng, String availability, Integer capacity, String status, String visibility,
		LocalDateTime archivedAt, LocalDateTime lastVerifiedAt) {

	/**
	 * Whether partners may see the resource now. Note that an INACTIVE resource no longer
	 * serves anyone, so partners should drop it like an archived one.
	 */
	boolean isPublic() {
		return this.archivedAt == null && "PUBLIC".equals(this.visibility) && !"INACTIVE".equals(this.status);
	}

}
