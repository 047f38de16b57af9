package org.stationatlas.privacy;

import java.util.regex.Pattern;

/**
 * Mainland China phone numbers: mobiles ({@code 1[3-9]} + 9 digits) and landlines with
 * area code ({@code 0xx-xxxxxxxx}).
 */
public final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}");

	private PhoneNumbers() {
	}

	/**
	 * Strips spaces, a {@code +86}/{@code 86} prefix on mobiles, and writes landlines as
	 * {@code area-number}, so that one number has one spelling and one lookup hash.
	 */
	public static String normalise(String value) {
		if (value == null) {
			return null;
		}
		String compact = value.replaceAll("[\\s()]", "");
		if (compact.startsWith("+86")) {
			compact = compact.substring(3);
		}
		else if (compact.startsWith("86") && compact.length() == 13) {
			compact = compact.substring(2);
		}
		compact = compact.replaceFirst("^-", "");
		if (compact.matches("0\\d{9,11}")) {
			int area = (compact.startsWith("01") || compact.startsWith("02")) ? 3 : 4;
			compact = compact.substring(0, area) + "-" + compact.substring(area);
		}
		return compact;
	}

	public static boolean isValid(String value) {
		String phone = normalise(value);
		return phone != null && (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches());
	}

}
