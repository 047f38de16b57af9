package org.stationatlas.privacy;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that protect personal data at rest.
 *
 * @param keys AES-256 keys by key id, base64; old ids stay here so that old ciphertexts
 * still decrypt
 * @param activeKeyId the key new values are encrypted with
 * @param hmacKey base64 key for the lookup hash (exact-match search and duplicate checks
 * without decrypting)
 */
@ConfigurationProperties(prefix = "app.privacy")
public record PrivacyProperties(Map<String, String> keys, String activeKeyId, String hmacKey) {
}
