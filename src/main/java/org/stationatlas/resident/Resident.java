package org.stationatlas.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;

import org.stationatlas.geo.GeoPoint;
import org.stationatlas.system.GlobalId;

/**
 * A service recipient (服务对象) as stored. Note that the ID number and phone are ciphertexts
 * that never leave the server; the API shows them masked, or in full to those allowed,
 * audited.
 */
public record Resident(long key, long stationKey, long communityKey, Long householdKey, Relation relationToHead,
		String name, Gender gender, LocalDate birthDate, String idNumberCipher, String phoneCipher, String address,
		BigDecimal lat, BigDecimal lng, String notes, OffsetDateTime consentAt, ResidentStatus status,
		OffsetDateTime statusChangedAt, Long accountKey, int version, OffsetDateTime createdAt, Long createdBy,
		OffsetDateTime updatedAt, Long updatedBy) {

	public static final String TYPE = "Resident";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public GeoPoint location() {
		return GeoPoint.ofNullable(this.lat, this.lng);
	}

	/** Age in whole years today (China time), or {@code null} without a birth date. */
	public Integer age() {
		return (this.birthDate != null) ? Period.between(this.birthDate, LocalDate.now(CHINA)).getYears() : null;
	}

	public boolean consentGiven() {
		return this.consentAt != null;
	}

	@Override
	public String toString() {
		return "Resident[" + this.key + ", station " + this.stationKey + "]";
	}

}
