package org.stationatlas.community;

/**
 * A main road (主要道路) of a community, in the community's own order.
 */
record Road(long communityKey, String name, int sortOrder) {
}
