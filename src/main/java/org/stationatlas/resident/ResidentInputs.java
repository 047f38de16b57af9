package org.stationatlas.resident;

import java.time.LocalDate;
import java.util.List;

import org.stationatlas.geo.GeoPointInput;
import org.stationatlas.system.UserError;

/**
 * Inputs and payloads of the resident queries and mutations, as clients send and receive
 * them.
 */
final class ResidentInputs {

	private ResidentInputs() {
	}

	record AgeRange(Integer min, Integer max) {
	}

	record ResidentFilter(String communityId, String householdId, SafetyNetCategory category, Gender gender,
			ResidentStatus status, AgeRange ageRange, String text, Boolean hasOpenNeed) {

		static final ResidentFilter NONE = new ResidentFilter(null, null, null, null, null, null, null, null);

	}

	record CreateResidentInput(String communityId, String householdId, Relation relationToHead, String name,
			Gender gender, LocalDate birthDate, String idNumber, String phone, String address, GeoPointInput location,
			List<SafetyNetCategory> categories, List<String> tags, String notes, Boolean consentGiven) {
	}

	record UpdateResidentInput(String id, Integer version, String householdId, Relation relationToHead, String name,
			Gender gender, LocalDate birthDate, String idNumber, String phone, String address, GeoPointInput location,
			List<SafetyNetCategory> categories, List<String> tags, String notes, Boolean consentGiven) {
	}

	record MoveResidentInput(String id, Integer version, String communityId, String householdId, String address,
			GeoPointInput location) {
	}

	record SetResidentStatusInput(String id, Integer version, ResidentStatus status) {
	}

	record CreateHouseholdInput(String communityId, String address, List<SafetyNetCategory> categories) {
	}

	record LinkResidentAccountInput(String residentId, String userId) {
	}

	record ResidentPayload(Resident resident, List<UserError> userErrors) {

		static ResidentPayload failed(List<UserError> errors) {
			return new ResidentPayload(null, errors);
		}

		static ResidentPayload failed(String field, String code, String message) {
			return failed(List.of(UserError.of(field, code, message)));
		}

	}

	record HouseholdPayload(Household household, List<UserError> userErrors) {
	}

}
