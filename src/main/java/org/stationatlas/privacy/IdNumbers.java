package org.stationatlas.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Resident identity card numbers (居民身份证号码, GB 11643-1999): 18 characters, a valid birth
 * date, and the ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = "10X98765432".toCharArray();

	private IdNumbers() {
	}

	/**
	 * Trims and upper-cases the check character, so that one person has one spelling (and
	 * one lookup hash).
	 */
	public static String normalise(String value) {
		return (value == null) ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String value) {
		String id = normalise(value);
		if (id == null || !id.matches("\\d{17}[\\dX]")) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
					Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
			if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
				return false;
			}
		}
		catch (DateTimeException ex) {
			return false;
		}
		return checkCharacter(id.substring(0, 17)) == id.charAt(17);
	}

	/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	/** The birth date encoded in a valid number. */
	public static LocalDate birthDate(String value) {
		String id = normalise(value);
		return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
				Integer.parseInt(id.substring(12, 14)));
	}

}
