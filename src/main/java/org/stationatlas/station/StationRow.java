package org.stationatlas.station;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A station as the validator hands it to the mapper. Mutable only because MyBatis writes
 * the generated key back.
 */
class StationRow {

	Long key;

	String name;

	StationKind kind;

	String district;

	String street;

	String address;

	BigDecimal lat;

	BigDecimal lng;

	String contactName;

	String contactPhone;

	int version;

	OffsetDateTime now;

}
