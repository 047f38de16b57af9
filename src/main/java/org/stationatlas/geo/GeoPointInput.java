package org.stationatlas.geo;

/**
 * A point as a client sends it; checked with {@link #isValid()} before use.
 */
public record GeoPointInput(Double lat, Double lng) {

	public boolean isValid() {
		return this.lat != null && this.lng != null && GeoPoint.inRange(this.lat, this.lng);
	}

	public GeoPoint toPoint() {
		return GeoPoint.rounded(this.lat, this.lng);
	}

}
