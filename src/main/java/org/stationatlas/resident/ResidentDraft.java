package org.stationatlas.resident;

import java.time.LocalDate;
import java.util.List;

import org.stationatlas.geo.GeoPointInput;

/**
 * A resident as someone wants it to be: from a form or a spreadsheet row, with keys
 * already resolved. On update a {@code null} field means "leave as it is"; lists given
 * replace the whole list.
 */
record ResidentDraft(Long communityKey, Long householdKey, Relation relationToHead, String name, Gender gender,
		LocalDate birthDate, String idNumber, String phone, String address, GeoPointInput location,
		List<SafetyNetCategory> categories, List<String> tags, String notes, Boolean consentGiven) {
}
