package org.stationatlas.resource;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import org.stationatlas.geo.GeoPoint;
import org.stationatlas.resource.ResourceEnums.ResourceStatus;
import org.stationatlas.resource.ResourceEnums.Source;
import org.stationatlas.resource.ResourceEnums.Visibility;
import org.stationatlas.system.GlobalId;

/**
 * A resource (资源) as stored, with its sub-type's code and name, and its distance when a
 * list was asked near a point.
 */
public record Resource(long key, String uuid, long stationKey, ResourceDimension dimension, long typeKey,
		String typeCode, String typeName, String name, String description, String provider, String contactName,
		String contactPhone, String contactEmail, String website, String address, BigDecimal lat, BigDecimal lng,
		Integer serviceRadiusM, String eligibility, Integer minAge, Integer maxAge, String availability,
		Integer capacity, ResourceStatus status, Visibility visibility, Source source, OffsetDateTime lastVerifiedAt,
		Long lastVerifiedBy, OffsetDateTime archivedAt, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		Double distanceMeters) implements Serializable {

	public static final String TYPE = "Resource";

	/** Individual people: they never appear in public lists or partner feeds. */
	public static final Set<String> INDIVIDUAL_TYPES = Set.of("VOLUNTEER", "EXPERT", "COMMUNITY_LEADER");

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public GeoPoint location() {
		return GeoPoint.ofNullable(this.lat, this.lng);
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

	public boolean unlimitedCapacity() {
		return this.capacity == null;
	}

}
