package org.stationatlas.security.wechat;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Exchanges a mini-program's {@code wx.login} code for the user's WeChat identity
 * ({@code jscode2session}).
 */
@Component
@EnableConfigurationProperties(WechatProperties.class)
public class WechatClient {

	static final int MAX_CODE_LENGTH = 128;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CODE_LENGTH + "}");

	private static final Logger log = LoggerFactory.getLogger(WechatClient.class);

	// Note that this mapper is WeChat's alone: the application's JSON settings must not
	// change how a foreign API is read.
	private static final JsonMapper json = JsonMapper.builder().build();

	private final WechatProperties properties;

	private final RestClient http;

	public WechatClient(WechatProperties properties) {
		this.properties = properties;
		HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.readTimeout());
		this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
	}

	/**
	 * Asks WeChat who the code belongs to.
	 * @param code the code from {@code wx.login}, valid once and for five minutes
	 * @throws WechatLoginException if the code is malformed or WeChat refuses or fails
	 */
	public WechatSession exchange(String code) {
		if (!this.properties.configured()) {
			throw WechatLoginException.notConfigured();
		}
		if (code == null || !CODE.matcher(code).matches()) {
			throw WechatLoginException.invalidCode();
		}
		Answer answer = parse(fetch(code));
		int errcode = (answer.errcode() != null) ? answer.errcode() : 0;
		if (errcode != 0) {
			log.info("WeChat refused jscode2session: errcode={}, errmsg={}", errcode, answer.errmsg());
			throw WechatLoginException.forErrcode(errcode);
		}
		if (answer.openid() == null || answer.openid().isBlank()) {
			log.warn("WeChat answered jscode2session without errcode or openid");
			throw WechatLoginException.unavailable();
		}
		String unionid = (answer.unionid() != null && !answer.unionid().isBlank()) ? answer.unionid() : null;
		return new WechatSession(answer.openid(), unionid);
	}

	private byte[] fetch(String code) {
		// Note that values go in as URI variables, which are encoded strictly: a '+'
		// or '&' in the secret reaches WeChat as itself.
		Map<String, String> values = Map.of("appid", this.properties.appId(), "secret", this.properties.secret(),
				"code", code);
		try {
			return this.http.get()
				.uri((uri) -> uri.path("/sns/jscode2session")
					.queryParam("appid", "{appid}")
					.queryParam("secret", "{secret}")
					.queryParam("js_code", "{code}")
					.queryParam("grant_type", "authorization_code")
					.build(values))
				.retrieve()
				.body(byte[].class);
		}
		// Note that these exceptions' messages carry the request URL, secret included:
		// only the status or the root cause is logged, and none becomes a cause.
		catch (RestClientResponseException ex) {
			log.warn("WeChat jscode2session answered HTTP {}", ex.getStatusCode().value());
			throw WechatLoginException.unavailable();
		}
		catch (RestClientException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			String detail = (cause.getMessage() != null) ? cause.getMessage().replace(this.properties.secret(), "***")
					: "";
			log.warn("WeChat jscode2session unreachable: {} {}", cause.getClass().getSimpleName(), detail);
			throw WechatLoginException.unavailable();
		}
	}

	/**
	 * Reads the body as JSON whatever its content type: WeChat labels it
	 * {@code text/plain} at times.
	 */
	private static Answer parse(byte[] body) {
		try {
			Answer answer = (body != null && body.length > 0) ? json.readValue(body, Answer.class) : null;
			if (answer != null) {
				return answer;
			}
		}
		catch (JacksonException ex) {
			// falls through to the error below
		}
		log.warn("WeChat jscode2session answered a body that is not a JSON object ({} bytes)",
				(body != null) ? body.length : 0);
		throw WechatLoginException.unavailable();
	}

	/** The fields read from WeChat's answer; note that {@code session_key} is not one. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(String openid, String unionid, Integer errcode, String errmsg) {
	}

}
