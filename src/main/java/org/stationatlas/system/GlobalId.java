package org.stationatlas.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque global IDs: base64url of {@code Type:key}. Clients must treat them as opaque
 * strings; the encoding lets {@code node(id)} find the type and keeps database keys out
 * of client code.
 */
public record GlobalId(String type, long key) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public static String encode(String type, long key) {
		return ENCODER.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** Decodes any well-formed ID; the type is whatever the ID names. */
	public static GlobalId decode(String id) {
		if (id == null || id.isBlank() || id.length() > 100) {
			throw invalid(id);
		}
		String raw;
		try {
			raw = new String(DECODER.decode(id.trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(id);
		}
		int colon = raw.indexOf(':');
		if (colon <= 0) {
			throw invalid(id);
		}
		try {
			String digits = raw.substring(colon + 1);
			long key = Long.parseLong(digits);
			// Only the canonical spelling: "+5" or "05" must not be a second ID for the
			// same object.
			if (key <= 0 || !digits.equals(Long.toString(key))) {
				throw invalid(id);
			}
			return new GlobalId(raw.substring(0, colon), key);
		}
		catch (NumberFormatException ex) {
			throw invalid(id);
		}
	}

	/** Decodes an ID that must name the given type, e.g. a {@code stationId} argument. */
	public static long decode(String id, String expectedType) {
		GlobalId decoded = decode(id);
		if (!decoded.type().equals(expectedType)) {
			throw ApiException.badInput("INVALID_ID", "ID 不是" + expectedType + "类型的 ID");
		}
		return decoded.key();
	}

	private static ApiException invalid(String id) {
		String shown = (id == null) ? "" : (id.length() > 40) ? id.substring(0, 40) + "…" : id;
		return ApiException.badInput("INVALID_ID", "ID「" + shown + "」格式不正确");
	}

}
