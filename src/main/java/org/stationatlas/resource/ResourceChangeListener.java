package org.stationatlas.resource;

/**
 * Told after every resource write, within the writing transaction: caches that show
 * resources forget what is stale. Note that a transaction-aware cache manager delays the
 * eviction to the commit.
 */
public interface ResourceChangeListener {

	void resourcesChanged();

}
