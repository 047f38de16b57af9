package org.stationatlas.hsds;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A public resource as the HSDS export reads it: only the columns that may leave the
 * station (no contact person, no personal e-mail). In the order of the mapper's columns.
 */
record HsdsResource(long key, String uuid, String dimension, String typeCode, String typeName, String typeDescription,
		String name, String description, String provider, String contactPhone, String website, String address,
		BigDecimal lat, BigDecimal lng, String eligibility, Integer minAge, Integer maxAge, LocalDateTime updatedAt) {

	boolean organizational() {
		return "ORGANIZATIONAL".equals(this.dimension);
	}

	boolean located() {
		return this.lat != null && this.lng != null;
	}

}
