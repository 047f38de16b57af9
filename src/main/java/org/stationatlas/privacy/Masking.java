package org.stationatlas.privacy;

/**
 * How personal data is shown by default: enough to recognise, not enough to use.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * {@code 13812345678} → {@code 138****5678}; landlines keep the area code and the
	 * last four digits.
	 */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() <= 7) {
			return "*".repeat(phone.length());
		}
		int keepStart = phone.startsWith("0") ? phone.indexOf('-') + 1 : 3;
		keepStart = (keepStart <= 0) ? 3 : keepStart;
		return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - 4)
				+ phone.substring(phone.length() - 4);
	}

	/** {@code 110101199003071234} → {@code 110***********1234}. */
	public static String idNumber(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		if (idNumber.length() < 8) {
			return "*".repeat(idNumber.length());
		}
		return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
	}

	/**
	 * {@code 张三丰} → {@code 张**}: the family name only, for messages that must not reveal
	 * a person.
	 */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

}
