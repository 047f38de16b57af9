package org.stationatlas.account;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.security.wechat.FakeWechatServer;
import org.stationatlas.security.wechat.FakeWechatServer.Reply;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mini-program login against a local fake of WeChat's jscode2session that answers with
 * WeChat's real shapes.
 */
class WechatLoginTest extends ApiTest {

	static final FakeWechatServer WECHAT = new FakeWechatServer().start();

	static final String LOGIN = """
			mutation($code: String!) { wechatLogin(input: {code: $code}) {
			  accessToken refreshToken user { id role displayName wechatBound } userErrors { code message } } }""";

	@DynamicPropertySource
	static void wechat(DynamicPropertyRegistry registry) {
		registry.add("app.wechat.base-url", WECHAT::url);
		registry.add("app.wechat.app-id", () -> FakeWechatServer.APP_ID);
		registry.add("app.wechat.secret", () -> FakeWechatServer.SECRET);
	}

	@AfterAll
	static void stop() {
		WECHAT.stop();
	}

	@Test
	void theFirstLoginCreatesAResidentAccountAndTheNextFindsIt() {
		String openid = "oFake" + System.nanoTime();
		WECHAT.reply("code-first", Reply.session(openid, "SESSION-KEY-NEVER-SHOWN", "uFake1"));
		WECHAT.reply("code-second", Reply.session(openid, "SESSION-KEY-NEVER-SHOWN", "uFake1"));
		GraphQlTester.Response first = login("code-first");
		first.path("wechatLogin.user.role").entity(String.class).isEqualTo("RESIDENT");
		first.path("wechatLogin.user.wechatBound").entity(Boolean.class).isEqualTo(true);
		String id = first.path("wechatLogin.user.id").entity(String.class).get();
		String token = first.path("wechatLogin.accessToken").entity(String.class).get();
		login("code-second").path("wechatLogin.user.id").entity(String.class).isEqualTo(id);
		assertThat(first.returnResponse().toString()).doesNotContain("SESSION-KEY-NEVER-SHOWN");
		assertThat(WECHAT.lastQuery()).containsEntry("js_code", "code-second")
			.containsEntry("appid", FakeWechatServer.APP_ID)
			.containsEntry("grant_type", "authorization_code");
		withToken(token).document("{ me { role } }")
			.execute()
			.path("me.role")
			.entity(String.class)
			.isEqualTo("RESIDENT");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE wechat_openid = ?", Integer.class,
				openid))
			.isEqualTo(1);
	}

	@Test
	void aResidentMustConsentBeforeHisPhoneIsKeptAndWithdrawingErasesIt() {
		WECHAT.reply("code-consent", Reply.session("oConsent" + System.nanoTime(), "k", null));
		String token = login("code-consent").path("wechatLogin.accessToken").entity(String.class).get();
		String update = "mutation($p: String) { updateMyPhone(input: {phone: $p}) { user { phone } userErrors { code } } }";
		withToken(token).document(update)
			.variable("p", "13912345678")
			.execute()
			.path("updateMyPhone.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONSENT_REQUIRED");
		withToken(token).document("mutation { setMyConsent(input: {given: true}) { user { consentAt } } }")
			.execute()
			.path("setMyConsent.user.consentAt")
			.entity(String.class)
			.satisfies((at) -> assertThat(at).isNotBlank());
		withToken(token).document(update)
			.variable("p", "13912345678")
			.execute()
			.path("updateMyPhone.user.phone")
			.entity(String.class)
			.isEqualTo("139****5678");
		withToken(token).document("mutation { setMyConsent(input: {given: false}) { user { phone consentAt } } }")
			.execute()
			.path("setMyConsent.user.phone")
			.valueIsNull()
			.path("setMyConsent.user.consentAt")
			.valueIsNull();
	}

	@Test
	void theDemoResidentSignsInThroughWechatToo() {
		WECHAT.reply("code-demo", Reply.session("demo-openid-resident", "k", null));
		login("code-demo").path("wechatLogin.user.displayName").entity(String.class).isEqualTo("柳塘居民（演示）");
	}

	@Test
	void staffBindTheirWechatAndThenSignInFromTheMiniProgram() {
		String openid = "oStaff" + System.nanoTime();
		WECHAT.reply("code-bind", Reply.session(openid, "k", null));
		WECHAT.reply("code-staff", Reply.session(openid, "k", null));
		String username = "bindtest" + System.nanoTime();
		demo("demo-station-admin").document("""
				mutation($u: String!) { createUser(input: {username: $u, password: "a-long-enough-password",
				  displayName: "绑定测试", role: SOCIAL_WORKER, stationId: "U3RhdGlvbjox"}) { user { id } } }""")
			.variable("u", username)
			.execute();
		String token = anonymous().document(
				"""
						mutation($u: String!) { login(input: {username: $u, password: "a-long-enough-password"}) { accessToken } }""")
			.variable("u", username)
			.execute()
			.path("login.accessToken")
			.entity(String.class)
			.get();
		withToken(token).document(
				"mutation { bindWechat(input: {code: \"code-bind\"}) { user { wechatBound } userErrors { code } } }")
			.execute()
			.path("bindWechat.user.wechatBound")
			.entity(Boolean.class)
			.isEqualTo(true);
		login("code-staff").path("wechatLogin.user.role").entity(String.class).isEqualTo("SOCIAL_WORKER");
		WECHAT.reply("code-taken", Reply.session(openid, "k", null));
		demo("demo-worker").document("mutation { bindWechat(input: {code: \"code-taken\"}) { userErrors { code } } }")
			.execute()
			.path("bindWechat.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("WECHAT_ALREADY_BOUND");
	}

	@Test
	void wechatErrorsBecomeClearErrorsAndCreateNoAccount() {
		int before = count("app_user");
		WECHAT.reply("code-bad", Reply.error(40029, "invalid code, rid: 6566"));
		login("code-bad").path("wechatLogin.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("WECHAT_CODE_INVALID")
			.path("wechatLogin.accessToken")
			.valueIsNull();
		WECHAT.reply("code-busy", Reply.error(45011, "api minute-quota reach limit"));
		login("code-busy").errors().expect((e) -> "RATE_LIMITED".equals(e.getExtensions().get("code"))).verify();
		int calls = WECHAT.requestCount();
		login("bad code with spaces").path("wechatLogin.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("WECHAT_CODE_INVALID");
		assertThat(WECHAT.requestCount()).as("a malformed code never reaches WeChat").isEqualTo(calls);
		assertThat(count("app_user")).isEqualTo(before);
	}

	private GraphQlTester.Response login(String code) {
		return anonymous().document(LOGIN).variable("code", code).execute();
	}

}
