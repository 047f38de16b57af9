package org.stationatlas.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

	static final String OLD = key("old-key-0123456789abcdef01234567");

	static final String NEW = key("new-key-0123456789abcdef01234567");

	static final String HMAC = key("hmac-key-0123456789abcdef0123456");

	final PersonalDataCipher cipher = new PersonalDataCipher(new PrivacyProperties(Map.of("k1", OLD), "k1", HMAC));

	@Test
	void encryptsWithARandomIvAndDecryptsBack() {
		String a = this.cipher.encrypt("13812345678");
		String b = this.cipher.encrypt("13812345678");
		assertThat(a).startsWith("k1:").isNotEqualTo(b).doesNotContain("13812345678");
		assertThat(this.cipher.decrypt(a)).isEqualTo("13812345678");
		assertThat(this.cipher.decrypt(this.cipher.encrypt("张三 🏠"))).isEqualTo("张三 🏠");
	}

	@Test
	void lookupHashIsStableAndKeyed() {
		assertThat(this.cipher.lookupHash("13812345678")).isEqualTo(this.cipher.lookupHash("13812345678"))
			.hasSize(64)
			.isNotEqualTo(this.cipher.lookupHash("13812345679"));
		PersonalDataCipher otherKey = new PersonalDataCipher(new PrivacyProperties(Map.of("k1", OLD), "k1", NEW));
		assertThat(otherKey.lookupHash("13812345678")).isNotEqualTo(this.cipher.lookupHash("13812345678"));
	}

	@Test
	void rotatedKeysStillDecryptOldValues() {
		String old = this.cipher.encrypt("110101199003071233");
		PersonalDataCipher rotated = new PersonalDataCipher(
				new PrivacyProperties(Map.of("k1", OLD, "k2", NEW), "k2", HMAC));
		assertThat(rotated.decrypt(old)).isEqualTo("110101199003071233");
		assertThat(rotated.encrypt("x")).startsWith("k2:");
		assertThat(rotated.needsRotation(old)).isTrue();
	}

	@Test
	void tamperedOrRelabelledValuesAreRefused() {
		String sealed = this.cipher.encrypt("13812345678");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[bytes.length - 1] ^= 1;
		assertThatThrownBy(() -> this.cipher.decrypt("k1:" + Base64.getEncoder().encodeToString(bytes)))
			.isInstanceOf(IllegalStateException.class);
		PersonalDataCipher twoKeys = new PersonalDataCipher(
				new PrivacyProperties(Map.of("k1", OLD, "k2", OLD), "k1", HMAC));
		assertThatThrownBy(() -> twoKeys.decrypt("k2:" + sealed.substring(3)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.cipher.decrypt("k9:" + sealed.substring(3)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesShortKeysAndAMissingActiveKey() {
		assertThatThrownBy(() -> new PersonalDataCipher(new PrivacyProperties(Map.of("k1", key("short")), "k1", HMAC)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new PersonalDataCipher(new PrivacyProperties(Map.of("k1", OLD), "k2", HMAC)))
			.isInstanceOf(IllegalStateException.class);
	}

	static String key(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
