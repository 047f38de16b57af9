package org.stationatlas.community;

import java.math.BigDecimal;

import org.stationatlas.geo.GeoPoint;

/**
 * A key unit or landmark of a community.
 */
record Place(long communityKey, PlaceRole role, String name, PlaceKind kind, String address, BigDecimal lat,
		BigDecimal lng, int sortOrder) {

	public GeoPoint location() {
		return GeoPoint.ofNullable(this.lat, this.lng);
	}

}
