package org.stationatlas.resident;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;

import org.springframework.http.MediaType;

/**
 * Who may import, and what a request that is not an import gets: errors in the shape of
 * GraphQL errors.
 */
class ResidentImportAccessTest extends SheetApiTest {

	private static final byte[] SHEET = SheetFiles.xlsx(SheetFiles.HEADERS,
			List.of(row("某人", null, null, null, null, null, "柳塘社区")));

	@Test
	void volunteerIsForbidden() {
		upload(accessToken(Role.VOLUNTEER, DEMO_STATION_1), SHEET, "a.xlsx", "").expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.errors[0].message")
			.isNotEmpty();
	}

	@Test
	void withoutTokenIsUnauthenticated() {
		upload(null, SHEET, "a.xlsx", "").expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void badFilesAreRefused() {
		String token = accessToken(Role.SOCIAL_WORKER, DEMO_STATION_1);
		expectBadInput(upload(token, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "a.pdf", ""),
				"UNSUPPORTED_FILE_TYPE");
		expectBadInput(upload(token, new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2 }, "a.xlsx", ""), "UNREADABLE_FILE");
		expectBadInput(upload(token, "姓名,性别\n某人,男\n".getBytes(StandardCharsets.UTF_8), "a.csv", ""), "MISSING_COLUMNS");
		expectBadInput(upload(token, "\"姓名,所属社区\n".getBytes(StandardCharsets.UTF_8), "a.csv", ""), "UNREADABLE_FILE");
		expectBadInput(http().post()
			.uri("/api/residents/import")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange(), "FILE_REQUIRED");
	}

	private static void expectBadInput(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
			String reason) {
		response.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo(reason);
	}

}
