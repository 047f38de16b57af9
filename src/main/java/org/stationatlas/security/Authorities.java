package org.stationatlas.security;

/**
 * Every authority name the API checks, in one place. Tokens carry them in the
 * {@code authorities} claim.
 */
public final class Authorities {

	/**
	 * Create, edit and archive the communities of one's own station (the community map).
	 */
	public static final String COMMUNITY_WRITE = "community:write";

	/** Act on every station's data, not just one's own: platform administrators. */
	public static final String ALL_STATIONS = "station:all";

	private Authorities() {
	}

}
