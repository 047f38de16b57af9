package org.stationatlas.feed;

/**
 * The five resource dimensions as the feed publishes them.
 */
enum FeedDimension {

	HUMAN, ORGANIZATIONAL, FUNDING, SPACE, POLICY

}
