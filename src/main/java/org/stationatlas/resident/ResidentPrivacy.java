package org.stationatlas.resident;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.privacy.Masking;
import org.stationatlas.privacy.PersonalDataCipher;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.ErrorCode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's ID number and phone as the API shows them: masked for everyone who may see
 * the resident, in full only for staff with {@code pii:read} (or the resident himself),
 * and every full read audited.
 */
@Component
class ResidentPrivacy {

	private final PersonalDataCipher cipher;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	ResidentPrivacy(PersonalDataCipher cipher, CurrentUser currentUser, AuditLog audit) {
		this.cipher = cipher;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	String maskedIdNumber(Resident resident) {
		return (resident.idNumberCipher() != null) ? Masking.idNumber(this.cipher.decrypt(resident.idNumberCipher()))
				: null;
	}

	String maskedPhone(Resident resident) {
		return (resident.phoneCipher() != null) ? Masking.phone(this.cipher.decrypt(resident.phoneCipher())) : null;
	}

	/**
	 * Note that the resident was loaded within the caller's scope; this checks the
	 * permission and writes the log.
	 */
	@Transactional
	String full(Resident resident, String field, ClientInfo client) {
		boolean self = resident.accountKey() != null
				&& this.currentUser.accountKey().map((k) -> k.equals(resident.accountKey())).orElse(false);
		if (!self && !this.currentUser.hasAuthority(Authorities.PII_READ)) {
			throw new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "没有查看完整个人信息的权限");
		}
		String cipherText = "idNumber".equals(field) ? resident.idNumberCipher() : resident.phoneCipher();
		if (cipherText == null) {
			return null;
		}
		this.audit.record(AuditLog.FULL_VALUE_READ, Resident.TYPE, resident.key(), field, resident.stationKey(),
				client);
		return this.cipher.decrypt(cipherText);
	}

}
