package org.stationatlas.resourcemap;

import org.stationatlas.resource.ResourceChangeListener;
import org.stationatlas.system.CacheInvalidator;
import org.stationatlas.system.CacheNames;

import org.springframework.stereotype.Component;

/**
 * The cache of public resource map answers, for the features that change resources.
 */
@Component
public class ResourceMapCache implements ResourceChangeListener {

	/** The cache's name; its time-to-live is set with the others in CacheConfig. */
	public static final String TILES = CacheNames.RESOURCE_MAP_TILES;

	private final CacheInvalidator invalidator;

	ResourceMapCache(CacheInvalidator invalidator) {
		this.invalidator = invalidator;
	}

	/**
	 * Forgets every cached answer: a resource write can change any number of tiles at
	 * every zoom. It returns only once the entries are gone (after the commit, inside a
	 * transaction).
	 */
	public void evictAll() {
		this.invalidator.invalidateAll(TILES);
	}

	@Override
	public void resourcesChanged() {
		evictAll();
	}

}
