package org.stationatlas.resident;

/**
 * A resident's gender as recorded.
 */
public enum Gender {

	MALE, FEMALE, UNKNOWN;

	/**
	 * Reads 男/女 as social workers write them, or the English names; {@code null} if
	 * neither.
	 */
	public static Gender parse(String value) {
		String v = (value != null) ? value.strip() : "";
		return switch (v) {
			case "男", "MALE", "male" -> MALE;
			case "女", "FEMALE", "female" -> FEMALE;
			case "未知", "UNKNOWN", "" -> UNKNOWN;
			default -> null;
		};
	}

}
