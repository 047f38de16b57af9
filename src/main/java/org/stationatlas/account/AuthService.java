package org.stationatlas.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.security.Role;
import org.stationatlas.security.TokenRefusedException;
import org.stationatlas.security.TokenService;
import org.stationatlas.security.TokenService.TokenSubject;
import org.stationatlas.security.wechat.WechatClient;
import org.stationatlas.security.wechat.WechatLoginException;
import org.stationatlas.security.wechat.WechatSession;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.ErrorCode;
import org.stationatlas.system.UserError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in and out: staff with username and password, mini-program users through
 * WeChat, and refreshing sessions.
 */
@Service
class AuthService {

	static final int MAX_USERNAME = 64;

	static final int MAX_PASSWORD = 128;

	private final UserMapper users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final TokenService tokens;

	private final WechatClient wechat;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	/**
	 * Checked against when the username is unknown, so that a miss takes as long as a
	 * wrong password.
	 */
	private final String decoyHash;

	AuthService(UserMapper users, PasswordEncoder passwords, LoginThrottle throttle, TokenService tokens,
			WechatClient wechat, AuditLog audit, CurrentUser currentUser) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.tokens = tokens;
		this.wechat = wechat;
		this.audit = audit;
		this.currentUser = currentUser;
		this.decoyHash = passwords.encode("decoy-password-for-timing");
	}

	@Transactional
	AuthPayload login(String username, String password, ClientInfo client) {
		if (username == null || username.isBlank() || password == null || password.isEmpty()) {
			return AuthPayload.refused((username == null || username.isBlank()) ? "username" : "password", "REQUIRED",
					"请输入用户名和密码");
		}
		if (username.length() > MAX_USERNAME || password.length() > MAX_PASSWORD) {
			return AuthPayload.refused("username", "INVALID_CREDENTIALS", "用户名或密码错误");
		}
		String name = username.strip();
		long wait = this.throttle.lockedForSeconds(name, client.ip());
		if (wait > 0) {
			return AuthPayload.refused("username", "ACCOUNT_LOCKED",
					"登录失败次数过多，请 " + Math.max(1, (wait + 59) / 60) + " 分钟后再试");
		}
		User user = this.users.findByUsername(name);
		boolean matches = this.passwords.matches(password,
				(user != null && user.passwordHash() != null) ? user.passwordHash() : this.decoyHash);
		if (user == null || !matches) {
			this.throttle.failed(name, client.ip());
			this.audit.record("LOGIN_FAILED", User.TYPE, (user != null) ? user.key() : null, null,
					(user != null) ? user.stationKey() : null, client);
			return AuthPayload.refused("username", "INVALID_CREDENTIALS", "用户名或密码错误");
		}
		if (!user.active()) {
			return AuthPayload.refused("username", "ACCOUNT_DISABLED", "账号已停用，请联系社工站管理员");
		}
		this.throttle.succeeded(name);
		this.audit.recordAs(user.key(), "LOGIN", User.TYPE, user.key(), user.stationKey(), client);
		return AuthPayload.signedIn(this.tokens.issue(subject(user)), user);
	}

	/**
	 * Note that this holds no transaction while WeChat answers (up to the read timeout):
	 * each write below is one statement, and a lost race on the first login is handled
	 * where the account is created.
	 */
	AuthPayload wechatLogin(String code, ClientInfo client) {
		WechatSession session;
		try {
			session = this.wechat.exchange(code);
		}
		catch (WechatLoginException ex) {
			if ("WECHAT_RATE_LIMITED".equals(ex.reason())) {
				throw new ApiException(ErrorCode.RATE_LIMITED, ex.reason(), ex.getMessage());
			}
			return AuthPayload.refused("code", ex.reason(), ex.getMessage());
		}
		User user = this.users.findByOpenid(session.openid());
		if (user == null) {
			user = createResident(session);
		}
		if (!user.active()) {
			return AuthPayload.refused("code", "ACCOUNT_DISABLED", "账号已停用，请联系社工站");
		}
		this.audit.recordAs(user.key(), "LOGIN_WECHAT", User.TYPE, user.key(), user.stationKey(), client);
		return AuthPayload.signedIn(this.tokens.issue(subject(user)), user);
	}

	/**
	 * Binds the caller's account to the WeChat user behind the code, so staff can sign in
	 * from the mini-program.
	 */
	UserInputs.UserPayload bindWechat(String code, ClientInfo client) {
		long key = this.currentUser.accountKey()
			.orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录"));
		WechatSession session;
		try {
			session = this.wechat.exchange(code);
		}
		catch (WechatLoginException ex) {
			return UserInputs.UserPayload.failed("code", ex.reason(), ex.getMessage());
		}
		User holder = this.users.findByOpenid(session.openid());
		if (holder != null) {
			return (holder.key() == key) ? new UserInputs.UserPayload(holder, List.of())
					: UserInputs.UserPayload.failed("code", "WECHAT_ALREADY_BOUND", "该微信已绑定其他账号");
		}
		try {
			if (this.users.bindOpenid(key, session.openid(), session.unionid(),
					OffsetDateTime.now(ZoneOffset.UTC)) == 0) {
				return UserInputs.UserPayload.failed("code", "ACCOUNT_ALREADY_BOUND", "本账号已绑定其他微信，请先解绑");
			}
		}
		catch (DuplicateKeyException ex) {
			return UserInputs.UserPayload.failed("code", "WECHAT_ALREADY_BOUND", "该微信已绑定其他账号");
		}
		User user = this.users.findByKeys(List.of(key), null).get(0);
		this.audit.record("WECHAT_BOUND", User.TYPE, key, null, user.stationKey(), client);
		return new UserInputs.UserPayload(user, List.of());
	}

	@Transactional(readOnly = true)
	AuthPayload refresh(String refreshToken) {
		try {
			return signedInAgain(refreshToken);
		}
		catch (TokenRefusedException ex) {
			return AuthPayload.refused("refreshToken", ex.reason(), ex.getMessage());
		}
	}

	/**
	 * Ends the session of the refresh token given and the access token in use, whichever
	 * are present.
	 */
	LogoutPayload logout(String refreshToken) {
		var accessToken = this.currentUser.accessToken();
		this.tokens.revoke(refreshToken, accessToken.map((jwt) -> jwt.getId()).orElse(null),
				accessToken.map((jwt) -> jwt.getExpiresAt()).orElse(null));
		return new LogoutPayload(true, List.of());
	}

	private AuthPayload signedInAgain(String refreshToken) {
		User[] holder = new User[1];
		var issued = this.tokens.refresh(refreshToken, (key) -> {
			List<User> found = this.users.findByKeys(List.of(key), null);
			holder[0] = found.isEmpty() ? null : found.get(0);
			return Optional.ofNullable(holder[0]).filter(User::active).map(AuthService::subject);
		});
		return AuthPayload.signedIn(issued, holder[0]);
	}

	private User createResident(WechatSession session) {
		UserMapper.NewUser row = new UserMapper.NewUser();
		row.displayName = "微信用户";
		row.role = Role.RESIDENT;
		row.wechatOpenid = session.openid();
		row.wechatUnionid = session.unionid();
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		try {
			this.users.insert(row);
		}
		catch (DuplicateKeyException ex) {
			// Two first logins of one person raced; the other one created the account.
			return this.users.findByOpenid(session.openid());
		}
		return this.users.findByKeys(List.of(row.key), null).get(0);
	}

	static TokenSubject subject(User user) {
		return new TokenSubject(user.key(), user.role(), user.stationKey());
	}

	/** What {@code logout} returns. */
	record LogoutPayload(boolean loggedOut, List<UserError> userErrors) {
	}

}
