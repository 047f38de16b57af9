package org.stationatlas.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GlobalIdTest {

	@Test
	void roundTrips() {
		String id = GlobalId.encode("Community", 42);
		assertThat(id).doesNotContain("Community").doesNotContain("=");
		assertThat(GlobalId.decode(id)).isEqualTo(new GlobalId("Community", 42));
		assertThat(GlobalId.decode(id, "Community")).isEqualTo(42);
	}

	@Test
	void refusesMalformedIds() {
		assertInvalid(() -> GlobalId.decode((String) null));
		assertInvalid(() -> GlobalId.decode("  "));
		assertInvalid(() -> GlobalId.decode("!!not*base64"));
		assertInvalid(() -> GlobalId.decode(raw("Community42")));
		assertInvalid(() -> GlobalId.decode(raw(":42")));
		assertInvalid(() -> GlobalId.decode(raw("Community:abc")));
		assertInvalid(() -> GlobalId.decode(raw("Community:0")));
		assertInvalid(() -> GlobalId.decode(raw("Community:-7")));
	}

	@Test
	void refusesAnIdOfAnotherType() {
		ApiException ex = assertInvalid(() -> GlobalId.decode(GlobalId.encode("Station", 1), "Community"));
		assertThat(ex.getMessage()).contains("Community").contains("类型");
	}

	@Test
	void echoesAtMostFortyOneCharactersOfALongId() {
		StringBuilder tooLong = new StringBuilder();
		for (int i = 0; tooLong.length() < 200; i++) {
			tooLong.append(Integer.toString(i, 36));
		}
		// 200 characters take the length check; 60 characters reach the decoder.
		for (String id : new String[] { tooLong.toString(), tooLong.substring(0, 60) }) {
			ApiException ex = assertInvalid(() -> GlobalId.decode(id));
			String message = ex.getMessage();
			String echoed = message.substring(message.indexOf('「') + 1, message.indexOf('」'));
			assertThat(echoed).hasSizeLessThanOrEqualTo(41).startsWith(id.substring(0, 40));
			assertThat(message).doesNotContain(id.substring(0, 41)).contains("格式不正确");
		}
	}

	private static ApiException assertInvalid(ThrowingCallable decode) {
		ApiException ex = catchThrowableOfType(ApiException.class, decode);
		assertThat(ex).as("ApiException").isNotNull();
		assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
		assertThat(ex.reason()).isEqualTo("INVALID_ID");
		return ex;
	}

	private static String raw(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
