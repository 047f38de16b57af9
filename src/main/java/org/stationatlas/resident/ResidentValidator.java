package org.stationatlas.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.stationatlas.privacy.IdNumbers;
import org.stationatlas.privacy.PersonalDataCipher;
import org.stationatlas.privacy.PhoneNumbers;
import org.stationatlas.system.UserError;

/**
 * Checks a resident as it would be after a create, an update or an imported row,
 * collecting every broken rule, and prepares the row: encrypted ID number and phone with
 * their lookup hashes, birth date and gender from the ID number.
 */
final class ResidentValidator {

	static final int MAX_TAGS = 20;

	private final PersonalDataCipher cipher;

	private final List<UserError> errors = new ArrayList<>();

	ResidentValidator(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	List<UserError> errors() {
		return this.errors;
	}

	/**
	 * Fills {@code row} from the draft merged over {@code existing} (null on create).
	 * @return the errors; empty means the row is ready
	 */
	List<UserError> fill(ResidentRow row, ResidentDraft d, Resident existing, OffsetDateTime now) {
		row.communityKey = (d.communityKey() != null) ? d.communityKey()
				: (existing != null) ? existing.communityKey() : 0;
		if (row.communityKey == 0) {
			this.errors.add(UserError.of("communityId", "REQUIRED", "请指定所属社区"));
		}
		// Note that moving to another community leaves the old household behind unless a
		// new one is given.
		boolean stays = existing != null && existing.communityKey() == row.communityKey;
		row.householdKey = (d.householdKey() != null) ? d.householdKey() : stays ? existing.householdKey() : null;
		row.relationToHead = (d.relationToHead() != null) ? d.relationToHead()
				: (stays && row.householdKey != null) ? existing.relationToHead() : null;
		row.name = text("name", "姓名", (d.name() != null) ? d.name() : (existing != null) ? existing.name() : null, 50,
				true);
		row.address = text("address", "住址",
				(d.address() != null) ? d.address() : (existing != null) ? existing.address() : null, 200, false);
		row.notes = text("notes", "备注", (d.notes() != null) ? d.notes() : (existing != null) ? existing.notes() : null,
				2000, false);
		row.consentAt = (Boolean.TRUE.equals(d.consentGiven()))
				? ((existing != null && existing.consentAt() != null) ? existing.consentAt() : now)
				: (existing != null) ? existing.consentAt() : null;
		if (Boolean.FALSE.equals(d.consentGiven())) {
			row.consentAt = null;
		}
		personalData(row, d, existing);
		location(row, d, existing);
		row.categories = (d.categories() != null) ? List.copyOf(new LinkedHashSet<>(d.categories())) : null;
		row.tags = (d.tags() != null) ? tags(d.tags()) : null;
		return this.errors;
	}

	private void personalData(ResidentRow row, ResidentDraft d, Resident existing) {
		boolean consent = row.consentAt != null;
		row.idNumberCipher = (existing != null && consent) ? existing.idNumberCipher() : null;
		row.phoneCipher = (existing != null && consent) ? existing.phoneCipher() : null;
		row.idNumberHmac = (row.idNumberCipher != null)
				? this.cipher.lookupHash(this.cipher.decrypt(row.idNumberCipher)) : null;
		row.phoneHmac = (row.phoneCipher != null) ? this.cipher.lookupHash(this.cipher.decrypt(row.phoneCipher)) : null;
		String idNumber = null;
		if (d.idNumber() != null && !d.idNumber().isBlank()) {
			if (!IdNumbers.isValid(d.idNumber())) {
				this.errors.add(UserError.of("idNumber", "INVALID_ID_NUMBER", "身份证号不正确（应为 18 位，出生日期和校验位须正确）"));
			}
			else if (!consent) {
				this.errors.add(UserError.of("idNumber", "CONSENT_REQUIRED", "保存身份证号需先取得本人同意（consentGiven）"));
			}
			else {
				idNumber = IdNumbers.normalise(d.idNumber());
				row.idNumberCipher = this.cipher.encrypt(idNumber);
				row.idNumberHmac = this.cipher.lookupHash(idNumber);
			}
		}
		if (d.phone() != null && !d.phone().isBlank()) {
			if (!PhoneNumbers.isValid(d.phone())) {
				this.errors.add(UserError.of("phone", "INVALID_PHONE", "联系电话格式不正确"));
			}
			else if (!consent) {
				this.errors.add(UserError.of("phone", "CONSENT_REQUIRED", "保存联系电话需先取得本人同意（consentGiven）"));
			}
			else {
				String phone = PhoneNumbers.normalise(d.phone());
				row.phoneCipher = this.cipher.encrypt(phone);
				row.phoneHmac = this.cipher.lookupHash(phone);
			}
		}
		birthAndGender(row, d, existing, idNumber);
	}

	private void birthAndGender(ResidentRow row, ResidentDraft d, Resident existing, String idNumber) {
		row.birthDate = (d.birthDate() != null) ? d.birthDate() : (existing != null) ? existing.birthDate() : null;
		row.gender = (d.gender() != null) ? d.gender() : (existing != null) ? existing.gender() : null;
		if (idNumber != null) {
			LocalDate fromId = IdNumbers.birthDate(idNumber);
			Gender genderFromId = ((idNumber.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
			if (d.birthDate() != null && !d.birthDate().equals(fromId)) {
				this.errors.add(UserError.of("birthDate", "ID_BIRTH_MISMATCH", "出生日期与身份证号不符"));
			}
			if (d.gender() != null && d.gender() != Gender.UNKNOWN && d.gender() != genderFromId) {
				this.errors.add(UserError.of("gender", "ID_GENDER_MISMATCH", "性别与身份证号不符"));
			}
			row.birthDate = fromId;
			row.gender = (row.gender == null || row.gender == Gender.UNKNOWN) ? genderFromId : row.gender;
		}
		if (row.gender == null) {
			row.gender = Gender.UNKNOWN;
		}
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		if (row.birthDate != null && (row.birthDate.isAfter(today) || row.birthDate.getYear() < 1900)) {
			this.errors.add(UserError.of("birthDate", "INVALID_BIRTH_DATE", "出生日期不合理"));
		}
	}

	private void location(ResidentRow row, ResidentDraft d, Resident existing) {
		row.lat = (existing != null) ? existing.lat() : null;
		row.lng = (existing != null) ? existing.lng() : null;
		if (d.location() != null) {
			if (!d.location().isValid()) {
				this.errors
					.add(UserError.of("location", "COORDINATE_OUT_OF_RANGE", "坐标超出范围：纬度 -90 到 90，经度 -180 到 180"));
				return;
			}
			row.lat = BigDecimal.valueOf(d.location().toPoint().lat());
			row.lng = BigDecimal.valueOf(d.location().toPoint().lng());
		}
	}

	private List<String> tags(List<String> tags) {
		LinkedHashSet<String> clean = new LinkedHashSet<>();
		for (String tag : tags) {
			String t = text("tags", "标签", tag, 30, true);
			if (t != null) {
				clean.add(t);
			}
		}
		if (clean.size() > MAX_TAGS) {
			this.errors.add(UserError.of("tags", "TOO_MANY", "标签最多 " + MAX_TAGS + " 个"));
		}
		return List.copyOf(clean);
	}

	private String text(String field, String label, String value, int max, boolean required) {
		String v = (value != null) ? value.strip() : null;
		if (v == null || v.isEmpty()) {
			if (required) {
				this.errors.add(UserError.of(field, "REQUIRED", label + "不能为空"));
			}
			return null;
		}
		if (v.codePointCount(0, v.length()) > max) {
			this.errors.add(UserError.of(field, "TOO_LONG", label + "最长 " + max + " 个字"));
		}
		else if (v.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n')) {
			this.errors.add(UserError.of(field, "INVALID_CHARACTERS", label + "不能包含控制字符"));
		}
		return v;
	}

}
