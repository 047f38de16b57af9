package org.stationatlas.need;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.security.Role;

import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs library as a spreadsheet: Chinese headers, the caller's station only,
 * audited, refused without need:read.
 */
class NeedSheetTest extends ApiTest {

	@Test
	void exportsTheStationsNeedsMostUrgentFirstAndAuditsIt() throws Exception {
		int audits = this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'NEEDS_EXPORTED'",
				Integer.class);
		byte[] file = client(accessToken(Role.SOCIAL_WORKER, 2L)).get()
			.uri("/api/needs/export.xlsx")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		List<List<String>> rows = read(file);
		assertThat(rows.get(0)).startsWith("需求ID", "对象类型", "对象", "所属社区");
		int expected = this.jdbc.queryForObject("SELECT COUNT(*) FROM need WHERE station_id = 2", Integer.class);
		assertThat(rows).hasSize(expected + 1);
		assertThat(rows.subList(1, rows.size())).allSatisfy((r) -> assertThat(r.get(3)).isIn("溪畔社区", "白鹭社区", "桑园社区"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'NEEDS_EXPORTED'",
				Integer.class))
			.isEqualTo(audits + 1);
	}

	@Test
	void refusesCallersWithoutNeedReadAndBadParameters() {
		client(accessToken(Role.VOLUNTEER, 1L)).get()
			.uri("/api/needs/export.xlsx")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN");
		client(null).get().uri("/api/needs/export.xlsx").exchange().expectStatus().isUnauthorized();
		client(accessToken(Role.SOCIAL_WORKER, 1L)).get()
			.uri("/api/needs/export.xlsx?status=NOPE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT");
	}

	private WebTestClient client(String token) {
		WebTestClient.Builder builder = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port);
		if (token != null) {
			builder.defaultHeader("Authorization", "Bearer " + token);
		}
		return builder.build();
	}

	static List<List<String>> read(byte[] file) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add((cell != null) ? cell.getRawValue() : null));
				rows.add(cells);
			}
		}
		return rows;
	}

}
