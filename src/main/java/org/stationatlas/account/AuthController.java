package org.stationatlas.account;

import org.stationatlas.system.ClientInfo;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for signing in and out.
 */
@Controller
class AuthController {

	private final AuthService auth;

	AuthController(AuthService auth) {
		this.auth = auth;
	}

	@MutationMapping
	AuthPayload login(@Argument LoginInput input, @ContextValue ClientInfo clientInfo) {
		return this.auth.login(input.username(), input.password(), clientInfo);
	}

	@MutationMapping
	AuthPayload wechatLogin(@Argument WechatLoginInput input, @ContextValue ClientInfo clientInfo) {
		return this.auth.wechatLogin(input.code(), clientInfo);
	}

	@MutationMapping
	UserInputs.UserPayload bindWechat(@Argument WechatLoginInput input, @ContextValue ClientInfo clientInfo) {
		return this.auth.bindWechat(input.code(), clientInfo);
	}

	@MutationMapping
	AuthPayload refreshToken(@Argument RefreshTokenInput input) {
		return this.auth.refresh(input.refreshToken());
	}

	@MutationMapping
	AuthService.LogoutPayload logout(@Argument LogoutInput input) {
		return this.auth.logout((input != null) ? input.refreshToken() : null);
	}

	record LoginInput(String username, String password) {
	}

	record WechatLoginInput(String code) {
	}

	record RefreshTokenInput(String refreshToken) {
	}

	record LogoutInput(String refreshToken) {
	}

}
