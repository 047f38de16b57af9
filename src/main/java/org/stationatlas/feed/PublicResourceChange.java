package org.stationatlas.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One version of a resource in the feed: its current public state, or a tombstone.
 */
record PublicResourceChange(String id, OffsetDateTime changedAt, boolean deleted, PublicResource resource) {

	static PublicResourceChange of(FeedRow row) {
		boolean live = row.isPublic();
		return new PublicResourceChange(row.uuid(), row.updatedAt().atOffset(ZoneOffset.UTC), !live,
				live ? PublicResource.of(row) : null);
	}

}
