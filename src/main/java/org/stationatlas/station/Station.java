package org.stationatlas.station;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.stationatlas.geo.GeoPoint;
import org.stationatlas.system.GlobalId;

/**
 * A social-work station (社工站), the organisation that serves communities and owns their
 * data.
 */
public record Station(long key, String name, StationKind kind, String district, String street, String address,
		BigDecimal lat, BigDecimal lng, String contactName, String contactPhone, int version, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public static final String TYPE = "Station";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public GeoPoint location() {
		return GeoPoint.ofNullable(this.lat, this.lng);
	}

}
