package org.stationatlas.feed;

/**
 * The statuses a live public resource can have; INACTIVE ones are tombstones.
 */
enum FeedStatus {

	ACTIVE, POTENTIAL

}
