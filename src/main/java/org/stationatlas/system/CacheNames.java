package org.stationatlas.system;

/**
 * The names of the application's caches; their time-to-live is set in
 * {@link CacheConfig}.
 */
public final class CacheNames {

	/** Point → community key, for {@code communityAt}. */
	public static final String COMMUNITY_AT = "communityAt";

	/** The resource taxonomy (sub-types); changes only when an admin adds one. */
	public static final String RESOURCE_TYPES = "resourceTypes";

	/** Public answers of {@code resourceMap}; every resource write evicts them all. */
	public static final String RESOURCE_MAP_TILES = "resourceMapTiles";

	/** Public resource lists and their counts; every resource write invalidates them. */
	public static final String PUBLIC_RESOURCES = "publicResources";

	private CacheNames() {
	}

}
