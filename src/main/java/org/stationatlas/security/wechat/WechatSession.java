package org.stationatlas.security.wechat;

/**
 * Who WeChat says the mini-program user is. Note that WeChat's {@code session_key} is
 * left out on purpose: it must never leave the server, and nothing here decrypts user
 * data with it. If that is ever needed, keep it out of {@code toString} and of any
 * payload.
 *
 * @param openid the user's ID within this mini-program
 * @param unionid the user's ID across the WeChat Open Platform account, or {@code null}
 * when WeChat does not send one
 */
public record WechatSession(String openid, String unionid) {

}
