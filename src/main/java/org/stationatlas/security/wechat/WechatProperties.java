package org.stationatlas.security.wechat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mini-program's credentials for {@code jscode2session}. Note that WeChat login is
 * off until both {@code app-id} and {@code secret} are set.
 *
 * @param baseUrl WeChat's API host; tests point it at a fake server
 * @param appId the mini-program's AppID
 * @param secret the mini-program's AppSecret
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for WeChat's answer
 */
@ConfigurationProperties(prefix = "app.wechat")
public record WechatProperties(String baseUrl, String appId, String secret, Duration connectTimeout,
		Duration readTimeout) {

	public static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com";

	public WechatProperties {
		baseUrl = (baseUrl != null && !baseUrl.isBlank()) ? baseUrl : DEFAULT_BASE_URL;
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(5);
	}

	/** Whether WeChat login can work at all. */
	public boolean configured() {
		return this.appId != null && !this.appId.isBlank() && this.secret != null && !this.secret.isBlank();
	}

	/** Note that the secret stays out, so the properties are safe to log. */
	@Override
	public String toString() {
		return "WechatProperties[baseUrl=" + this.baseUrl + ", appId=" + this.appId + ", secret="
				+ ((this.secret != null) ? "***" : null) + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + "]";
	}

}
