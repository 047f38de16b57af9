package org.stationatlas.security.wechat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.stationatlas.security.wechat.FakeWechatServer.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code jscode2session} exchange against a local fake WeChat: what is sent, how each
 * answer maps, and that neither the secret nor the session key leaks.
 */
@ExtendWith(OutputCaptureExtension.class)
class WechatClientTest {

	static final String CODE = "0a3Bc1000xYz7k2NqPb100Qw8e3Bc10r";

	static final String SESSION_KEY = "tiihtNczf5v6AKRyjwEUhQ==";

	final FakeWechatServer wechat = new FakeWechatServer().start();

	WechatClient client;

	@BeforeEach
	void client() {
		this.client = new WechatClient(this.wechat.properties());
	}

	@AfterEach
	void stop() {
		this.wechat.stop();
	}

	@Test
	void exchangesACodeForTheUsersIds() {
		this.wechat.reply(CODE, Reply.session("oXyz1234567890abcdefghijklmn", SESSION_KEY, "uNion42"));
		WechatSession session = this.client.exchange(CODE);
		assertThat(session).isEqualTo(new WechatSession("oXyz1234567890abcdefghijklmn", "uNion42"));
		assertThat(session.toString()).doesNotContain(SESSION_KEY);
		assertThat(this.wechat.lastQuery()).containsExactly(Map.entry("appid", FakeWechatServer.APP_ID),
				Map.entry("secret", FakeWechatServer.SECRET), Map.entry("js_code", CODE),
				Map.entry("grant_type", "authorization_code"));
		this.wechat.reply("no-unionid", Reply.session("oXyz", SESSION_KEY, null));
		assertThat(this.client.exchange("no-unionid").unionid()).isNull();
	}

	@Test
	void encodesEveryParameter() {
		try (FakeWechatServer odd = new FakeWechatServer("wx+1 &a=b", "s+e/c?r%e&t=1#").start()) {
			odd.reply("a-b_C", Reply.session("oXyz", SESSION_KEY, null));
			assertThat(new WechatClient(odd.properties()).exchange("a-b_C").openid()).isEqualTo("oXyz");
			assertThat(odd.lastQuery()).containsEntry("appid", "wx+1 &a=b").containsEntry("secret", "s+e/c?r%e&t=1#");
			assertThat(odd.lastRawQuery()).contains("appid=wx%2B1%20%26a%3Db");
		}
	}

	@ParameterizedTest
	@CsvSource({ "40029, WECHAT_CODE_INVALID, false, 登录凭证 code 无效或已过期，请重新调用 wx.login",
			"40163, WECHAT_CODE_USED, false, 已被使用", "45011, WECHAT_RATE_LIMITED, true, 频繁",
			"40226, WECHAT_USER_BLOCKED, false, 拦截", "-1, WECHAT_BUSY, true, 繁忙", "40125, WECHAT_ERROR, false, 40125" })
	void mapsWechatErrors(int errcode, String reason, boolean retryable, String message) {
		this.wechat.reply(CODE, Reply.error(errcode, "refused"));
		assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> this.client.exchange(CODE))
			.withMessageContaining(message)
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.retryable()).isEqualTo(retryable);
				assertThat(ex.errcode()).isEqualTo(errcode);
			});
	}

	@Test
	void badGatewayIsUnavailable() {
		this.wechat.reply(CODE, Reply.status(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
		assertUnavailable(this.client);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<html>busy</html>", "ok", "[]", "\"x\"", "{}", "null", "{\"errcode\":0}" })
	void anythingButAnAnswerIsUnavailable(String body) {
		this.wechat.reply(CODE, Reply.text(body));
		assertUnavailable(this.client);
	}

	@Test
	void aSlowAnswerTimesOut() {
		this.wechat.reply(CODE, Reply.session("oXyz", SESSION_KEY, null).after(Duration.ofSeconds(5)));
		WechatProperties fast = this.wechat.properties();
		WechatClient impatient = new WechatClient(new WechatProperties(fast.baseUrl(), fast.appId(), fast.secret(),
				Duration.ofMillis(300), Duration.ofMillis(300)));
		long started = System.nanoTime();
		assertUnavailable(impatient);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void aRefusedConnectionIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertUnavailable(
				new WechatClient(new WechatProperties("http://127.0.0.1:" + closedPort, "wx1", "secret", null, null)));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "abc def", "abc&secret=x", "a+b", "a%20b", "码", "abc\n" })
	void malformedCodesNeverReachWechat(String code) {
		assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> this.client.exchange(code))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("WECHAT_CODE_INVALID"));
		assertThat(this.wechat.requestCount()).isZero();
	}

	@Test
	void codesAreAtMost128Characters() {
		String longest = "a".repeat(WechatClient.MAX_CODE_LENGTH);
		this.wechat.reply(longest, Reply.session("oXyz", SESSION_KEY, null));
		assertThat(this.client.exchange(longest).openid()).isEqualTo("oXyz");
		assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> this.client.exchange(longest + "a"));
		assertThat(this.wechat.requestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource(value = { "null, secret", "wx1, null", "'', secret", "wx1, ' '" }, nullValues = "null")
	void withoutCredentialsWechatLoginIsOff(String appId, String secret) {
		WechatClient off = new WechatClient(new WechatProperties(this.wechat.url(), appId, secret, null, null));
		assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> off.exchange(CODE))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("WECHAT_NOT_CONFIGURED"));
		assertThat(this.wechat.requestCount()).isZero();
	}

	@Test
	void neitherSecretNorSessionKeyIsLogged(CapturedOutput output) {
		this.wechat.reply(CODE, Reply.session("oXyz", SESSION_KEY, null));
		this.wechat.reply("bad-gateway", Reply.status(502, "<html>" + SESSION_KEY + "</html>"));
		this.wechat.reply("not-json", Reply.text("session_key=" + SESSION_KEY));
		this.client.exchange(CODE);
		for (String code : new String[] { "bad-gateway", "not-json", "expired" }) {
			assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> this.client.exchange(code))
				.satisfies((ex) -> assertThat(ex.getCause()).isNull());
		}
		this.wechat.stop();
		assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> this.client.exchange(CODE));
		assertThat(output.getAll()).contains("WeChat")
			.doesNotContain(FakeWechatServer.SECRET)
			.doesNotContain(SESSION_KEY);
	}

	@Test
	void defaultsAndToString() {
		WechatProperties defaults = new WechatProperties(null, "wx1", "s3cret", null, null);
		assertThat(defaults.baseUrl()).isEqualTo("https://api.weixin.qq.com");
		assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(defaults.toString()).contains("wx1").doesNotContain("s3cret");
	}

	@Test
	void bindsFromSpringProperties() {
		new ApplicationContextRunner().withUserConfiguration(WechatClient.class)
			.withPropertyValues("app.wechat.base-url=" + this.wechat.url(),
					"app.wechat.app-id=" + FakeWechatServer.APP_ID, "app.wechat.secret=" + FakeWechatServer.SECRET,
					"app.wechat.read-timeout=3s")
			.run((context) -> {
				assertThat(context.getBean(WechatProperties.class).readTimeout()).isEqualTo(Duration.ofSeconds(3));
				this.wechat.reply(CODE, Reply.session("oXyz", SESSION_KEY, null));
				assertThat(context.getBean(WechatClient.class).exchange(CODE).openid()).isEqualTo("oXyz");
			});
		new ApplicationContextRunner().withUserConfiguration(WechatClient.class)
			.run((context) -> assertThat(context.getBean(WechatProperties.class).configured()).isFalse());
	}

	private static void assertUnavailable(WechatClient client) {
		assertThatExceptionOfType(WechatLoginException.class).isThrownBy(() -> client.exchange(CODE))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("WECHAT_UNAVAILABLE"))
			.satisfies((ex) -> assertThat(ex.retryable()).isTrue());
	}

}
