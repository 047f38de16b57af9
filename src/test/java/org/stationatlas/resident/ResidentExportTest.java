package org.stationatlas.resident;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting the filtered residents list to .xlsx: masked or full values, audited, and
 * never another station's residents.
 */
class ResidentExportTest extends SheetApiTest {

	private String worker;

	private String marker;

	private String idNumber;

	@BeforeEach
	void importSome() {
		this.worker = demoToken("demo-worker");
		this.marker = SheetFiles.marker();
		this.idNumber = SheetFiles.idNumber(LocalDate.of(1945, 10, 1), false);
		importOk(this.worker,
				SheetFiles.xlsx(SheetFiles.HEADERS,
						List.of(row("陈" + this.marker, "女", null, this.idNumber, "13800005555", "柳塘路9号", "柳塘社区",
								"低保、独居老人", "高龄", null, "是", 30.6271, 104.0441),
								row("林" + this.marker, null, null, null, null, "杏林路1号", "杏林社区", "残疾人"))),
				"seed.xlsx", false);
		importOk(demoToken("demo-worker-2"),
				SheetFiles.xlsx(SheetFiles.HEADERS,
						List.of(row("黄" + this.marker, null, null, null, null, null, "溪畔社区", "低保"))),
				"seed.xlsx", false);
	}

	@Test
	void maskedByDefaultFullOnRequestAndAudited() {
		List<List<String>> masked = SheetFiles.read(exportBytes(this.worker, "?text=" + this.marker));
		assertThat(masked.get(0)).containsExactlyElementsOf(SheetFiles.HEADERS);
		assertThat(masked).hasSize(3);
		List<String> chen = masked.get(1);
		assertThat(chen.get(0)).isEqualTo("陈" + this.marker);
		assertThat(chen.get(2)).isEqualTo("1945-10-01");
		assertThat(chen.get(3)).isEqualTo(this.idNumber.substring(0, 3) + "***********" + this.idNumber.substring(14));
		assertThat(chen.get(4)).isEqualTo("138****5555");
		assertThat(chen.subList(5, 13)).containsExactly("柳塘路9号", "柳塘社区", "低保、独居老人", "高龄", null, "是", "30.6271",
				"104.0441");
		assertThat(lastExportAudit()).isEqualTo("MASKED");

		List<List<String>> full = SheetFiles.read(exportBytes(this.worker, "?full=true&text=" + this.marker));
		assertThat(full.get(1).get(3)).isEqualTo(this.idNumber);
		assertThat(full.get(1).get(4)).isEqualTo("13800005555");
		assertThat(lastExportAudit()).isEqualTo("FULL");
	}

	@Test
	void filtersAndTheCallersStationOnly() {
		assertThat(names(exportBytes(this.worker, "?text=" + this.marker))).containsExactly("陈" + this.marker,
				"林" + this.marker);
		assertThat(names(exportBytes(this.worker, "?category=残疾人&text=" + this.marker)))
			.containsExactly("林" + this.marker);
		assertThat(names(exportBytes(this.worker, "?category=MINIMUM_ALLOWANCE&status=ACTIVE&text=" + this.marker)))
			.containsExactly("陈" + this.marker);
		assertThat(names(exportBytes(this.worker, "?communityId=Q29tbXVuaXR5OjI&text=" + this.marker)))
			.containsExactly("林" + this.marker);
		assertThat(names(exportBytes(demoToken("demo-worker-2"), "?text=" + this.marker)))
			.containsExactly("黄" + this.marker);
		assertThat(this.jdbc.queryForObject(
				"SELECT station_id FROM audit_log WHERE action = 'RESIDENTS_EXPORTED' ORDER BY id DESC LIMIT 1",
				Long.class))
			.isEqualTo(DEMO_STATION_2);
	}

	@Test
	void aFullExportImportsBackAsUpdates() {
		byte[] exported = exportBytes(this.worker, "?full=true&text=" + this.marker);
		ImportReport report = importOk(this.worker, exported, "服务对象.xlsx", true);
		assertThat(report.rejectedRows()).isEmpty();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.created()).isEqualTo(1);
	}

	@Test
	void refusals() {
		export(accessToken(Role.VOLUNTEER, DEMO_STATION_1), "").expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN");
		export(this.worker, "?category=土豪").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.reason")
			.isEqualTo("INVALID_CATEGORY");
	}

	private byte[] exportBytes(String token, String query) {
		return export(token, query).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(ResidentSheetController.XLSX)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> names(byte[] xlsx) {
		return SheetFiles.read(xlsx).stream().skip(1).map((r) -> r.get(0)).toList();
	}

	private String lastExportAudit() {
		return this.jdbc.queryForObject(
				"SELECT field FROM audit_log WHERE action = 'RESIDENTS_EXPORTED' ORDER BY id DESC LIMIT 1",
				String.class);
	}

}
