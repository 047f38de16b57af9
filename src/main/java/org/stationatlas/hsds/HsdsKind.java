package org.stationatlas.hsds;

/**
 * The HSDS objects the export serves, each with the prefix of the ids derived for it.
 */
enum HsdsKind {

	SERVICE("service:"), ORGANIZATION("organization:"), SERVICE_AT_LOCATION("service_at_location:");

	private final String idPrefix;

	HsdsKind(String idPrefix) {
		this.idPrefix = idPrefix;
	}

	String idPrefix() {
		return this.idPrefix;
	}

}
