package org.stationatlas.account;

import java.util.ArrayList;
import java.util.List;

import org.stationatlas.privacy.PhoneNumbers;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.UserError;

/**
 * Inputs of the account queries and mutations, and the rules for a new account.
 */
final class UserInputs {

	static final int MIN_PASSWORD = 10;

	private UserInputs() {
	}

	record UserFilter(Role role, String text) {

		static final UserFilter NONE = new UserFilter(null, null);

	}

	record CreateUserInput(String username, String password, String displayName, Role role, String stationId,
			String phone) {
	}

	record SetUserStatusInput(String id, User.AccountStatus status) {
	}

	/**
	 * What the account mutations return: the account as it now is, or the broken rules.
	 */
	record UserPayload(User user, List<UserError> userErrors) {

		static UserPayload failed(String field, String code, String message) {
			return new UserPayload(null, List.of(UserError.of(field, code, message)));
		}

	}

	/**
	 * The row to insert (without password hash and phone ciphertext), or the broken
	 * rules.
	 */
	record Checked(UserMapper.NewUser row, String phone, List<UserError> errors) {
	}

	static Checked check(CreateUserInput input, CurrentUser caller) {
		List<UserError> errors = new ArrayList<>();
		UserMapper.NewUser row = new UserMapper.NewUser();
		row.username = (input.username() != null) ? input.username().strip() : null;
		if (row.username == null || !row.username.matches("[A-Za-z0-9_.-]{3,64}")) {
			errors.add(UserError.of("username", "INVALID_USERNAME", "用户名为 3 到 64 位字母、数字、下划线、点或横线"));
		}
		String password = input.password();
		if (password == null || password.length() < MIN_PASSWORD || password.length() > AuthService.MAX_PASSWORD) {
			errors.add(UserError.of("password", "WEAK_PASSWORD", "密码至少 " + MIN_PASSWORD + " 位，最长 128 位"));
		}
		row.displayName = (input.displayName() != null) ? input.displayName().strip() : "";
		if (row.displayName.isEmpty() || row.displayName.codePointCount(0, row.displayName.length()) > 50) {
			errors.add(UserError.of("displayName", "INVALID_NAME", "显示名称不能为空，最长 50 字"));
		}
		row.role = input.role();
		row.stationKey = (input.stationId() != null) ? GlobalId.decode(input.stationId(), "Station") : null;
		checkRoleAndStation(row, caller, errors);
		String phone = null;
		if (input.phone() != null && !input.phone().isBlank()) {
			if (PhoneNumbers.isValid(input.phone())) {
				phone = PhoneNumbers.normalise(input.phone());
			}
			else {
				errors.add(UserError.of("phone", "INVALID_PHONE", "手机号或座机号码格式不正确"));
			}
		}
		return new Checked(row, phone, errors);
	}

	/**
	 * Station administrators create staff of their own station only; residents come from
	 * the mini-program.
	 */
	private static void checkRoleAndStation(UserMapper.NewUser row, CurrentUser caller, List<UserError> errors) {
		boolean platform = caller.hasAuthority(Authorities.ALL_STATIONS);
		if (row.role == null || row.role == Role.RESIDENT || (!platform && row.role == Role.PLATFORM_ADMIN)) {
			errors.add(UserError.of("role", "ROLE_NOT_ALLOWED", "不能创建该角色的账号"));
			return;
		}
		if (row.role.isStationStaff() && row.stationKey == null) {
			errors.add(UserError.of("stationId", "REQUIRED", "社工站工作人员必须属于一个社工站"));
		}
		if (!row.role.isStationStaff() && row.stationKey != null) {
			errors.add(UserError.of("stationId", "NOT_ALLOWED", "平台管理员不属于任何社工站"));
		}
		if (row.stationKey != null && !caller.canActOnStation(row.stationKey)) {
			errors.add(UserError.of("stationId", "NOT_FOUND", "找不到该社工站"));
		}
	}

}
