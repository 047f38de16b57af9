package org.stationatlas.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A resident as the validator hands it to the mapper. Mutable only because MyBatis writes
 * the generated key back.
 */
class ResidentRow {

	Long key;

	long stationKey;

	long communityKey;

	Long householdKey;

	Relation relationToHead;

	String name;

	Gender gender;

	LocalDate birthDate;

	String idNumberCipher;

	String idNumberHmac;

	String phoneCipher;

	String phoneHmac;

	String address;

	BigDecimal lat;

	BigDecimal lng;

	String geohash;

	String notes;

	OffsetDateTime consentAt;

	ResidentStatus status = ResidentStatus.ACTIVE;

	int version;

	Long actor;

	OffsetDateTime now;

	/** {@code null} when an update leaves them as they are. */
	List<SafetyNetCategory> categories;

	List<String> tags;

	Set<String> searchTokens;

}
