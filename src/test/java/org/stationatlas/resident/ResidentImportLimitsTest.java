package org.stationatlas.resident;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload size and row limits, lowered so that the test files stay small.
 */
@TestPropertySource(properties = { "spring.servlet.multipart.max-file-size=1MB", "app.residents.import-max-rows=100" })
class ResidentImportLimitsTest extends SheetApiTest {

	@Test
	void aFileOverTheSizeLimitIsRefused() {
		upload(accessToken(Role.SOCIAL_WORKER, DEMO_STATION_1), new byte[1536 * 1024], "big.csv", "").expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("FILE_TOO_LARGE")
			.jsonPath("$.errors[0].message")
			.isEqualTo("上传的文件太大（最大 1MB）");
	}

	@Test
	void aFileOverTheRowLimitIsRefusedAsAWhole() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			rows.add(row("某人" + i, null, null, null, null, null, "柳塘社区"));
		}
		int before = count("resident");
		upload(accessToken(Role.SOCIAL_WORKER, DEMO_STATION_1),
				SheetFiles.csv(SheetFiles.HEADERS, rows, StandardCharsets.UTF_8, false), "many.csv", "?dryRun=false")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("TOO_MANY_ROWS");
		assertThat(count("resident")).isEqualTo(before);
	}

}
