package org.stationatlas.resident;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.geo.Geohash;
import org.stationatlas.privacy.Masking;
import org.stationatlas.privacy.PersonalDataCipher;
import org.stationatlas.system.UserError;

import org.springframework.stereotype.Component;

/**
 * Turns drafts into rows and writes them: the one path every resident write takes (forms,
 * imports), so the rules cannot differ between them. Callers hold the transaction.
 */
@Component
class ResidentWriter {

	private final ResidentMapper residents;

	private final HouseholdMapper households;

	private final CommunityService communities;

	private final PersonalDataCipher cipher;

	ResidentWriter(ResidentMapper residents, HouseholdMapper households, CommunityService communities,
			PersonalDataCipher cipher) {
		this.residents = residents;
		this.households = households;
		this.communities = communities;
		this.cipher = cipher;
	}

	/** A row ready to write, or the rules the draft breaks. */
	record Prepared(ResidentRow row, List<UserError> errors) {

		boolean isValid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * Validates the draft (merged over {@code existing} on update) for the given station,
	 * including the community, the household and a duplicate ID number within the
	 * station.
	 */
	Prepared prepare(long station, ResidentDraft draft, Resident existing, Long actor) {
		ResidentRow row = new ResidentRow();
		row.stationKey = station;
		row.actor = actor;
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		if (existing != null) {
			row.key = existing.key();
			row.version = existing.version();
			row.status = existing.status();
		}
		ResidentValidator validator = new ResidentValidator(this.cipher);
		List<UserError> errors = validator.fill(row, draft, existing, row.now);
		if (row.communityKey != 0) {
			Community community = this.communities.findByKeys(List.of(row.communityKey)).get(row.communityKey);
			if (community == null || community.stationKey() != station) {
				errors.add(UserError.of("communityId", "NOT_FOUND", "找不到该社区（须为本社工站服务的社区）"));
			}
			else if (community.archived() && (existing == null || existing.communityKey() != row.communityKey)) {
				errors.add(UserError.of("communityId", "COMMUNITY_ARCHIVED", "该社区已归档"));
			}
		}
		if (row.householdKey != null) {
			var household = this.households.findByKeys(List.of(row.householdKey), station);
			if (household.isEmpty()) {
				errors.add(UserError.of("householdId", "NOT_FOUND", "找不到该家庭"));
			}
			else if (household.get(0).communityKey() != row.communityKey) {
				errors.add(UserError.of("householdId", "HOUSEHOLD_IN_OTHER_COMMUNITY", "家庭不在该居民所属的社区"));
			}
		}
		if (row.idNumberHmac != null) {
			Resident same = this.residents.findByIdNumberHmac(station, row.idNumberHmac);
			if (same != null && (existing == null || same.key() != existing.key())) {
				errors.add(UserError.of("idNumber", "DUPLICATE_ID_NUMBER",
						"本社工站已有该身份证号的服务对象：" + Masking.name(same.name()) + "（ID " + same.id() + "）"));
			}
		}
		row.geohash = (row.lat != null) ? Geohash.encode(row.lat.doubleValue(), row.lng.doubleValue(), 8) : null;
		row.searchTokens = SearchTokens.forResident(row.name, row.address);
		return new Prepared(row, errors);
	}

	void insert(ResidentRow row) {
		this.residents.insert(row);
		writeChildren(row, true);
	}

	/**
	 * @return false if someone else changed the resident since it was read
	 */
	boolean update(ResidentRow row) {
		if (this.residents.update(row) == 0) {
			return false;
		}
		writeChildren(row, false);
		return true;
	}

	private void writeChildren(ResidentRow row, boolean created) {
		if (row.categories != null) {
			if (!created) {
				this.residents.deleteCategories(row.key);
			}
			if (!row.categories.isEmpty()) {
				this.residents.insertCategories(row.key, row.stationKey, row.categories);
			}
		}
		if (row.tags != null) {
			if (!created) {
				this.residents.deleteTags(row.key);
			}
			if (!row.tags.isEmpty()) {
				this.residents.insertTags(row.key, row.tags);
			}
		}
		if (!created) {
			this.residents.deleteTokens(row.key);
		}
		if (!row.searchTokens.isEmpty()) {
			this.residents.insertTokens(row.key, row.stationKey, row.searchTokens);
		}
	}

}
