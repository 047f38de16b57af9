package org.stationatlas.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data (ID numbers, phones) with AES-256-GCM as
 * {@code <key id>:<base64(iv | ciphertext+tag)>}, and computes the HMAC-SHA256 lookup
 * hash stored beside it. The key id travels with each value, so keys can rotate: new
 * values use the active key, old values decrypt with the key they name.
 */
@Component
@EnableConfigurationProperties(PrivacyProperties.class)
public class PersonalDataCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys = new HashMap<>();

	private final String activeKeyId;

	private final SecretKey hmacKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(PrivacyProperties properties) {
		if (properties.keys() == null || properties.keys().isEmpty() || properties.hmacKey() == null) {
			throw new IllegalStateException("app.privacy.keys and app.privacy.hmac-key must be configured");
		}
		properties.keys().forEach((id, key) -> this.keys.put(id, aesKey(id, key)));
		if (!this.keys.containsKey(properties.activeKeyId())) {
			throw new IllegalStateException("app.privacy.active-key-id names no configured key");
		}
		this.activeKeyId = properties.activeKeyId();
		this.hmacKey = new SecretKeySpec(Base64.getDecoder().decode(properties.hmacKey()), "HmacSHA256");
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
			// The key id is authenticated too, so a value cannot be relabelled to another
			// key.
			cipher.updateAAD(this.activeKeyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return this.activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		SecretKey key = (colon > 0) ? this.keys.get(stored.substring(0, colon)) : null;
		if (key == null) {
			throw new IllegalStateException("No key for stored value (key id missing or retired)");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(stored.substring(0, colon).getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Stored value cannot be decrypted", ex);
		}
	}

	/**
	 * The keyed hash used for exact-match lookup; normalise the value first (e.g.
	 * upper-case X in ID numbers).
	 */
	public String lookupHash(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hmacKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	/**
	 * Whether a stored value was encrypted with a key other than the active one, i.e. is
	 * due for re-encryption.
	 */
	public boolean needsRotation(String stored) {
		return stored != null && !stored.startsWith(this.activeKeyId + ":");
	}

	private static SecretKey aesKey(String id, String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length != 32) {
			throw new IllegalStateException("app.privacy.keys." + id + " must be 32 bytes (base64)");
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
