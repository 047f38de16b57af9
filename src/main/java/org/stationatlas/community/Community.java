package org.stationatlas.community;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import org.stationatlas.geo.BoundaryParser;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.system.GlobalId;

/**
 * A community (社区) on the community map, as stored.
 */
public record Community(long key, long stationKey, String name, String district, String street, String adminCode,
		Integer households, Integer population, BigDecimal centerLat, BigDecimal centerLng, String boundaryGeojson,
		OffsetDateTime archivedAt, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public static final String TYPE = "Community";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public GeoPoint center() {
		return GeoPoint.ofNullable(this.centerLat, this.centerLng);
	}

	public Map<String, Object> boundary() {
		return (this.boundaryGeojson != null) ? BoundaryParser.fromStored(this.boundaryGeojson).geoJson() : null;
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

}
