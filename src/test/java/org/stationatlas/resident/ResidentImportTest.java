package org.stationatlas.resident;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stationatlas.resident.ImportReport.RejectedRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Importing residents from .xlsx and .csv files: dry runs, creates and updates matched by
 * ID number, all-or-nothing on bad rows, encodings and header spellings.
 */
class ResidentImportTest extends SheetApiTest {

	@Test
	void dryRunReportsAndWritesNothing() {
		String m = SheetFiles.marker();
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS,
				List.of(row("张" + m, "男", null, SheetFiles.idNumber(LocalDate.of(1960, 1, 2), true), "13800001111",
						"柳塘路1号", "柳塘社区", "低保", null, null, "是"),
						row("李" + m, "女", null, null, null, null, "杏林社区", "独居老人、残疾人")));
		int before = count("resident");
		ImportReport report = upload(demoToken("demo-worker"), file, "居民.xlsx", "").expectStatus()
			.isOk()
			.expectBody(ImportReport.class)
			.returnResult()
			.getResponseBody();
		assertThat(report.dryRun()).isTrue();
		assertThat(report.totalRows()).isEqualTo(2);
		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).isZero();
		assertThat(report.committed()).isFalse();
		assertThat(count("resident")).isEqualTo(before);
		assertThat(residentsNamed(m)).isZero();
	}

	@Test
	void realRunCreatesThenUpdatesByIdNumber() {
		String token = demoToken("demo-worker");
		String m = SheetFiles.marker();
		String id1 = SheetFiles.idNumber(LocalDate.of(1950, 3, 7), true);
		String id2 = SheetFiles.randomIdNumber();
		ImportReport first = importOk(token,
				SheetFiles.xlsx(SheetFiles.HEADERS,
						List.of(row("王" + m, "男", LocalDate.of(1950, 3, 7), id1, "13800001234", "柳塘路2号", "柳塘社区",
								"低保、残疾人", "行动不便", "每周探访", "是", 30.6271, 104.0441),
								row("赵" + m, null, null, id2, null, "杏林路3号", "杏林社区", null, null, null, "是"))),
				"residents.xlsx", false);
		assertThat(report(first)).containsExactly(2, 2, 0, 0, true);
		ImportReport second = importOk(token,
				SheetFiles.xlsx(SheetFiles.HEADERS,
						List.of(row("王" + m, null, null, id1, "13900005678", null, null, "特困"),
								row("钱" + m, "女", "1980/5/6", null, null, null, "织锦社区"))),
				"residents.xlsx", false);
		assertThat(report(second)).containsExactly(2, 1, 1, 0, true);
		assertThat(residentsNamed(m)).isEqualTo(3);
		assertThat(this.cipher.decrypt(column(id1, "phone_cipher"))).isEqualTo("13900005678");
		assertThat(column(id1, "address")).isEqualTo("柳塘路2号");
		assertThat(column(id1, "notes")).isEqualTo("每周探访");
		long key = Long.parseLong(column(id1, "id"));
		assertThat(this.jdbc.queryForList("SELECT category FROM resident_category WHERE resident_id = ?", String.class,
				key))
			.containsExactly("EXTREME_POVERTY");
		assertThat(this.jdbc.queryForList("SELECT tag FROM resident_tag WHERE resident_id = ?", String.class, key))
			.containsExactly("行动不便");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM search_token WHERE entity_id = ? AND token = ?",
				Integer.class, key, "柳塘"))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT field FROM audit_log WHERE action = 'RESIDENTS_IMPORTED' ORDER BY id DESC LIMIT 1",
				String.class))
			.isEqualTo("created=1 updated=1");
	}

	@Test
	void badRowsAreReportedAndNothingIsWritten() {
		String m = SheetFiles.marker();
		String good = SheetFiles.randomIdNumber();
		List<List<Object>> rows = List.of(
				row("甲" + m, null, null, good, "13800002222", null, "柳塘社区", null, null, null, "是"),
				row("乙" + m, null, null, SheetFiles.withBadCheck(SheetFiles.randomIdNumber()), null, null, "柳塘社区", null,
						null, null, "是"),
				row("丙" + m, null, null, null, null, null, "不存在社区"),
				row("丁" + m, null, null, null, null, null, "柳塘社区", "低保、土豪"),
				row("戊" + m, null, null, null, "12345", null, "柳塘社区", null, null, null, "是"),
				row("己" + m, null, null, good, null, null, "杏林社区", null, null, null, "是"),
				row("庚" + m, null, "1990年13月1日", null, null, null, "柳塘社区"));
		int before = count("resident");
		ImportReport report = importOk(demoToken("demo-worker"), SheetFiles.xlsx(SheetFiles.HEADERS, rows), "bad.xlsx",
				false);
		assertThat(report.committed()).isFalse();
		assertThat(report.totalRows()).isEqualTo(7);
		assertThat(report.rejected()).isEqualTo(6);
		assertThat(report.rejectedRows()).extracting(RejectedRow::row, RejectedRow::field, RejectedRow::code)
			.containsExactly(tuple(3, "身份证号", "INVALID_ID_NUMBER"), tuple(4, "所属社区", "UNKNOWN_COMMUNITY"),
					tuple(5, "兜底类别", "UNKNOWN_CATEGORY"), tuple(6, "联系电话", "INVALID_PHONE"),
					tuple(7, "身份证号", "DUPLICATE_IN_FILE"), tuple(8, "出生日期", "INVALID_DATE"));
		assertThat(report.rejectedRows().get(4).message()).contains("第 2 行");
		assertThat(report.warnings()).anyMatch((w) -> w.contains("未写入任何数据"));
		assertThat(count("resident")).isEqualTo(before);
	}

	@Test
	void aBadRowAfterWrittenBatchesRollsThemBack() {
		String m = SheetFiles.marker();
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 2_100; i++) {
			rows.add(row("批" + m + i, null, null, SheetFiles.randomIdNumber(), null, "荷风路" + i + "号", "荷风社区", "低保",
					"批量", null, "是"));
		}
		rows.add(row("坏" + m, null, null, null, null, null, "荷风社区", "外星人"));
		int before = count("resident");
		int tokens = count("search_token");
		ImportReport report = importOk(demoToken("demo-worker"), SheetFiles.xlsx(SheetFiles.HEADERS, rows), "big.xlsx",
				false);
		assertThat(report(report)).containsExactly(2_101, 2_100, 0, 1, false);
		assertThat(report.rejectedRows()).extracting(RejectedRow::row).containsExactly(2_102);
		assertThat(count("resident")).isEqualTo(before);
		assertThat(count("search_token")).isEqualTo(tokens);
	}

	@Test
	void csvInUtf8WithByteOrderMarkAndInGbk() {
		String token = demoToken("demo-worker");
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
			String m = SheetFiles.marker();
			String id = SheetFiles.idNumber(LocalDate.of(1948, 8, 1), false);
			byte[] file = SheetFiles.csv(SheetFiles.HEADERS, List
				.of(row("孙" + m, "女", null, id, "13800003333", "稻香路8号，2单元", "稻香社区", "空巢老人，低保", null, "说\"慢一点\"", "是")),
					charset, charset == StandardCharsets.UTF_8);
			ImportReport report = importOk(token, file, "居民.csv", false);
			assertThat(report(report)).as(charset.name()).containsExactly(1, 1, 0, 0, true);
			assertThat(column(id, "name")).isEqualTo("孙" + m);
			assertThat(column(id, "address")).isEqualTo("稻香路8号，2单元");
			assertThat(column(id, "notes")).isEqualTo("说\"慢一点\"");
		}
	}

	@Test
	void headerSpellingsColumnOrderAndDateFormats() {
		String m = SheetFiles.marker();
		List<String> headers = List.of("兜底对象类别", " 社 区 ", "出生日期（年-月-日）", "姓名*", "民族", "手机号", "身份证号码", "是否同意");
		List<List<Object>> rows = List.of(row("低保，残疾人", "柳塘", "1990-03-07", "周" + m, "汉"),
				row("低保;特困 优抚对象", "柳塘社区", "1990/3/7", "吴" + m),
				row("独居老人,空巢老人", "柳塘社区", "19900307", "郑" + m, null, "13800004444", null, "是"),
				row("失业", "柳塘社区", LocalDate.of(1990, 3, 7), "冯" + m));
		ImportReport report = importOk(demoToken("demo-worker"), SheetFiles.xlsx(headers, rows), "variants.xlsx",
				false);
		assertThat(report(report)).containsExactly(4, 4, 0, 0, true);
		assertThat(report.warnings()).containsExactly("未识别的列「民族」已忽略");
		assertThat(this.jdbc.queryForList("SELECT DISTINCT birth_date FROM resident WHERE name LIKE ?", String.class,
				"%" + m))
			.containsExactly("1990-03-07");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM resident_category c JOIN resident r ON r.id = c.resident_id WHERE r.name LIKE ?",
				Integer.class, "%" + m))
			.isEqualTo(8);
	}

	@Test
	void anotherStationsCommunitiesAreUnknown() {
		String m = SheetFiles.marker();
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS, List.of(row("褚" + m, null, null, null, null, null, "柳塘社区")));
		ImportReport report = importOk(demoToken("demo-worker-2"), file, "x.xlsx", false);
		assertThat(report.rejectedRows()).extracting(RejectedRow::code).containsExactly("UNKNOWN_COMMUNITY");
		assertThat(residentsNamed(m)).isZero();
	}

	private static List<Object> report(ImportReport r) {
		return List.of(r.totalRows(), r.created(), r.updated(), r.rejected(), r.committed());
	}

}
