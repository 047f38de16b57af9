package org.stationatlas.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.privacy.Masking;
import org.stationatlas.privacy.PersonalDataCipher;
import org.stationatlas.privacy.PhoneNumbers;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.security.Role;
import org.stationatlas.station.StationService;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.Connection;
import org.stationatlas.system.ErrorCode;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.TextSearch;
import org.stationatlas.system.UserError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: one's own, and those an administrator manages. The station scope is a
 * parameter of every query, so an account outside it is simply not found.
 */
@Service
public class UserService {

	static final String MANAGE = "hasAuthority('" + Authorities.USER_MANAGE + "')";

	private final UserMapper mapper;

	private final CurrentUser currentUser;

	private final PersonalDataCipher cipher;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final StationService stations;

	UserService(UserMapper mapper, CurrentUser currentUser, PersonalDataCipher cipher, PasswordEncoder passwords,
			AuditLog audit, StationService stations) {
		this.stations = stations;
		this.mapper = mapper;
		this.currentUser = currentUser;
		this.cipher = cipher;
		this.passwords = passwords;
		this.audit = audit;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public User me() {
		long key = this.currentUser.accountKey()
			.orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "NOT_AN_ACCOUNT", "API Key 不代表任何账号"));
		return this.mapper.findByKeys(List.of(key), null)
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("账号不存在"));
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public Connection<User> find(UserInputs.UserFilter filter, PageRequest page) {
		Long scope = scope();
		String pattern = TextSearch.containsPattern(filter.text());
		return Connection.of(this.mapper.findPage(scope, filter.role(), pattern, page.afterKey(), page.fetchSize()),
				page, User::key, () -> this.mapper.count(scope, filter.role(), pattern));
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public User findOne(String id) {
		long key = GlobalId.decode(id, User.TYPE);
		return this.mapper.findByKeys(List.of(key), scope())
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("找不到该账号"));
	}

	/**
	 * Accounts visible to the caller, for {@code node(id)}: oneself, and the accounts one
	 * manages.
	 */
	@Transactional(readOnly = true)
	public Map<Long, User> findVisible(Collection<Long> keys) {
		List<User> found;
		if (this.currentUser.hasAuthority(Authorities.USER_MANAGE)) {
			found = this.mapper.findByKeys(keys, scope());
		}
		else {
			Long own = this.currentUser.accountKey().orElse(null);
			found = (own != null && keys.contains(own)) ? this.mapper.findByKeys(List.of(own), null) : List.of();
		}
		return found.stream().collect(Collectors.toMap(User::key, Function.identity()));
	}

	/** Whether the account exists and is a resident's (mini-program) account. */
	@Transactional(readOnly = true)
	public boolean isResidentAccount(long key) {
		return this.mapper.findByKeys(List.of(key), null).stream().anyMatch((u) -> u.role() == Role.RESIDENT);
	}

	String maskedPhone(User user) {
		return (user.phoneCipher() != null) ? Masking.phone(this.cipher.decrypt(user.phoneCipher())) : null;
	}

	/**
	 * The full phone number, for the account itself or a manager with {@code pii:read};
	 * every read is audited. Note that the user passed in was already loaded within the
	 * caller's scope.
	 */
	@Transactional
	public String fullPhone(User user, ClientInfo client) {
		boolean self = this.currentUser.accountKey().map((k) -> k == user.key()).orElse(false);
		if (!self && !this.currentUser.hasAuthority(Authorities.PII_READ)) {
			throw new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "没有查看完整个人信息的权限");
		}
		if (user.phoneCipher() == null) {
			return null;
		}
		this.audit.record(AuditLog.FULL_VALUE_READ, User.TYPE, user.key(), "phone", user.stationKey(), client);
		return this.cipher.decrypt(user.phoneCipher());
	}

	@PreAuthorize(MANAGE)
	@Transactional
	public UserInputs.UserPayload create(UserInputs.CreateUserInput input, ClientInfo client) {
		UserInputs.Checked checked = UserInputs.check(input, this.currentUser);
		if (!checked.errors().isEmpty()) {
			return new UserInputs.UserPayload(null, checked.errors());
		}
		UserMapper.NewUser row = checked.row();
		if (row.stationKey != null && this.stations.findByKeys(List.of(row.stationKey)).isEmpty()) {
			return new UserInputs.UserPayload(null, List.of(UserError.of("stationId", "NOT_FOUND", "找不到该社工站")));
		}
		row.passwordHash = this.passwords.encode(input.password());
		if (checked.phone() != null) {
			row.phoneCipher = this.cipher.encrypt(checked.phone());
			row.phoneHmac = this.cipher.lookupHash(checked.phone());
		}
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		try {
			this.mapper.insert(row);
		}
		catch (DuplicateKeyException ex) {
			return new UserInputs.UserPayload(null, List.of(UserError.of("username", "DUPLICATE_USERNAME", "用户名已被使用")));
		}
		this.audit.record("USER_CREATED", User.TYPE, row.key, null, row.stationKey, client);
		return new UserInputs.UserPayload(this.mapper.findByKeys(List.of(row.key), null).get(0), List.of());
	}

	/**
	 * Gives or withdraws the caller's consent to keep sensitive personal data.
	 * Withdrawing erases that data at once (PIPL: processing stops when consent ends).
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public UserInputs.UserPayload setMyConsent(boolean given, ClientInfo client) {
		User me = me();
		this.mapper.setConsent(me.key(), given, OffsetDateTime.now(ZoneOffset.UTC));
		this.audit.record(given ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN", User.TYPE, me.key(), null, me.stationKey(),
				client);
		return new UserInputs.UserPayload(me(), List.of());
	}

	/**
	 * Sets or (with a blank value) erases the caller's own phone; a resident must have
	 * consented first.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public UserInputs.UserPayload updateMyPhone(String phone, ClientInfo client) {
		User me = me();
		if (phone == null || phone.isBlank()) {
			this.mapper.setPhone(me.key(), null, null, OffsetDateTime.now(ZoneOffset.UTC));
			return new UserInputs.UserPayload(me(), List.of());
		}
		if (!me.mayHoldSensitiveData()) {
			return UserInputs.UserPayload.failed("phone", "CONSENT_REQUIRED", "请先同意个人信息处理规则（setMyConsent），再保存手机号");
		}
		if (!PhoneNumbers.isValid(phone)) {
			return UserInputs.UserPayload.failed("phone", "INVALID_PHONE", "手机号或座机号码格式不正确");
		}
		String normalised = PhoneNumbers.normalise(phone);
		this.mapper.setPhone(me.key(), this.cipher.encrypt(normalised), this.cipher.lookupHash(normalised),
				OffsetDateTime.now(ZoneOffset.UTC));
		this.audit.record("PHONE_CHANGED", User.TYPE, me.key(), "phone", me.stationKey(), client);
		return new UserInputs.UserPayload(me(), List.of());
	}

	/**
	 * Disables or re-enables an account in the caller's scope. A disabled account cannot
	 * sign in or refresh; its current access token runs out within its lifetime (15
	 * minutes by default).
	 */
	@PreAuthorize(MANAGE)
	@Transactional
	public UserInputs.UserPayload setStatus(UserInputs.SetUserStatusInput input, ClientInfo client) {
		long key = GlobalId.decode(input.id(), User.TYPE);
		if (input.status() == null) {
			return UserInputs.UserPayload.failed("status", "REQUIRED", "请指定账号状态");
		}
		if (this.currentUser.accountKey().map((own) -> own == key).orElse(false)) {
			return UserInputs.UserPayload.failed("id", "CANNOT_CHANGE_SELF", "不能停用自己的账号");
		}
		if (this.mapper.setStatus(key, input.status(), scope(), OffsetDateTime.now(ZoneOffset.UTC)) == 0) {
			return UserInputs.UserPayload.failed("id", "NOT_FOUND", "找不到该账号");
		}
		this.audit.record("USER_STATUS_" + input.status().name(), User.TYPE, key, null, null, client);
		return new UserInputs.UserPayload(this.mapper.findByKeys(List.of(key), null).get(0), List.of());
	}

	/**
	 * {@code null} for platform administrators (every station), else the caller's own
	 * station.
	 */
	private Long scope() {
		if (this.currentUser.hasAuthority(Authorities.ALL_STATIONS)) {
			return null;
		}
		return this.currentUser.stationId()
			.orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "没有权限"));
	}

}
