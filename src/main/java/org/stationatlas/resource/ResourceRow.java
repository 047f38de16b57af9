package org.stationatlas.resource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.stationatlas.resource.ResourceEnums.ResourceStatus;
import org.stationatlas.resource.ResourceEnums.Source;
import org.stationatlas.resource.ResourceEnums.Visibility;

/**
 * A resource as the validator hands it to the mapper. Mutable only because MyBatis writes
 * the generated key back.
 */
class ResourceRow {

	Long key;

	String uuid;

	long stationKey;

	ResourceDimension dimension;

	long typeKey;

	String name;

	String description;

	String provider;

	String contactName;

	String contactPhone;

	String contactEmail;

	String website;

	String address;

	BigDecimal lat;

	BigDecimal lng;

	String geohash;

	Integer serviceRadiusM;

	String eligibility;

	Integer minAge;

	Integer maxAge;

	String availability;

	Integer capacity;

	ResourceStatus status;

	Visibility visibility;

	Source source;

	OffsetDateTime lastVerifiedAt;

	Long lastVerifiedBy;

	int version;

	Long actor;

	OffsetDateTime now;

	/** {@code null} on update: leave as they are. */
	List<Long> communities;

	List<String> needCategories;

	List<String> eligibleCategories;

}
