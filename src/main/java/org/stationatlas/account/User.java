package org.stationatlas.account;

import java.time.OffsetDateTime;

import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;

/**
 * An account: a staff member signing in with username and password, or a mini-program
 * user signing in through WeChat. Note that the phone is kept encrypted;
 * {@link #phoneCipher()} never leaves the server.
 */
public record User(long key, String username, String passwordHash, String displayName, Role role, Long stationKey,
		String wechatOpenid, String phoneCipher, AccountStatus status, OffsetDateTime consentAt,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public static final String TYPE = "User";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public boolean wechatBound() {
		return this.wechatOpenid != null;
	}

	/**
	 * Whether sensitive personal data may be kept for this account. Note that staff
	 * accounts hold work contact data under their employment, so only residents must
	 * consent.
	 */
	public boolean mayHoldSensitiveData() {
		return this.role != Role.RESIDENT || this.consentAt != null;
	}

	/** Whether the account may sign in. */
	public boolean active() {
		return this.status == AccountStatus.ACTIVE;
	}

	/**
	 * Note that the hash and the ciphertext are left out, so a stray log line leaks
	 * neither.
	 */
	@Override
	public String toString() {
		return "User[" + this.key + ", " + this.role + "]";
	}

	/** Whether an account may sign in. */
	public enum AccountStatus {

		ACTIVE, DISABLED

	}

}
