package org.stationatlas.security.wechat;

/**
 * WeChat refused or could not complete a login, with a Chinese message fit for the user
 * and a stable {@link #reason()} for programs: {@code WECHAT_CODE_INVALID},
 * {@code WECHAT_CODE_USED}, {@code WECHAT_RATE_LIMITED}, {@code WECHAT_USER_BLOCKED},
 * {@code WECHAT_BUSY}, {@code WECHAT_ERROR}, {@code WECHAT_NOT_CONFIGURED} or
 * {@code WECHAT_UNAVAILABLE}.
 */
public class WechatLoginException extends RuntimeException {

	private final String reason;

	private final boolean retryable;

	private final Integer errcode;

	private WechatLoginException(String reason, boolean retryable, Integer errcode, String message) {
		super(message);
		this.reason = reason;
		this.retryable = retryable;
		this.errcode = errcode;
	}

	static WechatLoginException invalidCode() {
		return new WechatLoginException("WECHAT_CODE_INVALID", false, null, "登录凭证 code 无效或已过期，请重新调用 wx.login");
	}

	static WechatLoginException notConfigured() {
		return new WechatLoginException("WECHAT_NOT_CONFIGURED", false, null, "服务器尚未配置微信登录");
	}

	static WechatLoginException unavailable() {
		return new WechatLoginException("WECHAT_UNAVAILABLE", true, null, "暂时无法连接微信服务器，请稍后重试");
	}

	static WechatLoginException forErrcode(int errcode) {
		return switch (errcode) {
			case 40029 ->
				new WechatLoginException("WECHAT_CODE_INVALID", false, errcode, "登录凭证 code 无效或已过期，请重新调用 wx.login");
			case 40163 -> new WechatLoginException("WECHAT_CODE_USED", false, errcode, "登录凭证 code 已被使用，请重新调用 wx.login");
			case 45011 -> new WechatLoginException("WECHAT_RATE_LIMITED", true, errcode, "微信登录过于频繁，请稍后再试");
			case 40226 -> new WechatLoginException("WECHAT_USER_BLOCKED", false, errcode, "微信判定该账号存在风险，已拦截登录");
			case -1 -> new WechatLoginException("WECHAT_BUSY", true, errcode, "微信系统繁忙，请稍后重试");
			default -> new WechatLoginException("WECHAT_ERROR", false, errcode, "微信登录失败（错误码 " + errcode + "）");
		};
	}

	/** The stable English code, e.g. {@code WECHAT_CODE_USED}. */
	public String reason() {
		return this.reason;
	}

	/**
	 * Whether the same login may succeed a little later. Note that a code is single-use:
	 * every attempt, a retry too, needs a fresh one from {@code wx.login}.
	 */
	public boolean retryable() {
		return this.retryable;
	}

	/** WeChat's errcode, or {@code null} when WeChat sent none. */
	public Integer errcode() {
		return this.errcode;
	}

}
