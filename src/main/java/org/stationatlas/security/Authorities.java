package org.stationatlas.security;

/**
 * Every authority name the API checks, in one place. Access tokens carry them in the
 * {@code authorities} claim; which role holds which is {@link Role}'s table (and the
 * README's).
 */
public final class Authorities {

	/**
	 * Create, edit and archive the communities of one's own station (the community map).
	 */
	public static final String COMMUNITY_WRITE = "community:write";

	/** Act on every station's data, not just one's own: platform administrators. */
	public static final String ALL_STATIONS = "station:all";

	/** Manage accounts (of one's own station; of all with {@link #ALL_STATIONS}). */
	public static final String USER_MANAGE = "user:manage";

	/** Create and revoke partner API keys. */
	public static final String API_KEY_MANAGE = "apikey:manage";

	/** Read the audit log (of one's own station; all with {@link #ALL_STATIONS}). */
	public static final String AUDIT_READ = "audit:read";

	/**
	 * Read full, unmasked personal data (ID numbers, phones); every such read is audited.
	 */
	public static final String PII_READ = "pii:read";

	/**
	 * Read residents and households of one's station (personal data masked unless
	 * {@link #PII_READ}).
	 */
	public static final String RESIDENT_READ = "resident:read";

	/** Create, edit, move and close residents and households of one's station. */
	public static final String RESIDENT_WRITE = "resident:write";

	/** Import residents from spreadsheets and export them. */
	public static final String RESIDENT_IMPORT = "resident:import";

	/** Read the needs library of one's station. */
	public static final String NEED_READ = "need:read";

	/** Record needs and move them through their lifecycle. */
	public static final String NEED_WRITE = "need:write";

	/**
	 * See individual points on the distribution map; everyone else sees aggregated cells
	 * only.
	 */
	public static final String DISTRIBUTION_POINTS = "distribution:points";

	/** Read the station's whole resources library, internal resources included. */
	public static final String RESOURCE_READ = "resource:read";

	/** Record, edit, verify and archive the station's resources. */
	public static final String RESOURCE_WRITE = "resource:write";

	/** Maintain the resource taxonomy (sub-types). */
	public static final String TAXONOMY_MANAGE = "taxonomy:manage";

	/** Read the public part of the data: what a partner API key may do, and no more. */
	public static final String PUBLIC_READ = "public:read";

	private Authorities() {
	}

}
