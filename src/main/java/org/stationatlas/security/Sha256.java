package org.stationatlas.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex: how high-entropy secrets we issue (refresh tokens, API keys)
 * are stored. Note that it is unsalted on purpose, so a presented secret can be looked up
 * by its hash; it suits random 256-bit secrets only, never passwords.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
