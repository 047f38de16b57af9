package org.stationatlas.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.stationatlas.geo.GeoPoint;

/**
 * The public fields of a resource, self-contained so partners need no other type.
 */
record PublicResource(String id, String name, FeedDimension dimension, String typeCode, String typeName,
		String description, String provider, String contactPhone, String address, GeoPoint location,
		String availability, Integer capacity, FeedStatus status, OffsetDateTime lastVerifiedAt) {

	static PublicResource of(FeedRow row) {
		FeedDimension dimension = FeedDimension.valueOf(row.dimension());
		// Note that a volunteer team's phone is usually a member's mobile: only
		// organisations, spaces, funds and policies publish theirs.
		String phone = (dimension != FeedDimension.HUMAN) ? row.contactPhone() : null;
		OffsetDateTime verified = (row.lastVerifiedAt() != null) ? row.lastVerifiedAt().atOffset(ZoneOffset.UTC) : null;
		return new PublicResource(row.uuid(), row.name(), dimension, row.typeCode(), row.typeName(), row.description(),
				row.provider(), phone, row.address(), GeoPoint.ofNullable(row.lat(), row.lng()), row.availability(),
				row.capacity(), FeedStatus.valueOf(row.status()), verified);
	}

}
