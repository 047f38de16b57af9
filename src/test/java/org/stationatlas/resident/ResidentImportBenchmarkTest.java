package org.stationatlas.resident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the import of 10,000 fictitious residents over HTTP (a dry run, the real run, the
 * same file again as updates) and the export of the station afterwards. Not part of the
 * build: run it with
 * {@code ./mvnw test -Dtest=ResidentImportBenchmarkTest -Dbenchmark=true}. It prints the
 * figures and asserts the counts, never a wall-clock time.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ResidentImportBenchmarkTest extends SheetApiTest {

	static final int ROWS = 10_000;

	private static final String[] FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高".split("");

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国兰".split("");

	private static final String[] COMMUNITIES = { "柳塘社区", "杏林社区", "织锦社区", "荷风社区", "稻香社区" };

	private static final String[] CATEGORIES = { "低保", "特困", "残疾人", "独居老人", "空巢老人", "留守儿童", "困境儿童", "优抚对象", "失业" };

	@Test
	void tenThousandRows() throws IOException {
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS, rows(new Random()));
		Path saved = Path.of("target", "benchmark-residents-" + ROWS + ".xlsx");
		Files.write(saved, file);
		String token = demoToken("demo-worker");

		long start = System.nanoTime();
		ImportReport dry = importOk(token, file, "benchmark.xlsx", true);
		long dryMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(dry.rejectedRows()).isEmpty();

		start = System.nanoTime();
		ImportReport created = importOk(token, file, "benchmark.xlsx", false);
		long createMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(created.created()).isEqualTo(ROWS);
		assertThat(created.committed()).isTrue();

		start = System.nanoTime();
		ImportReport updated = importOk(token, file, "benchmark.xlsx", false);
		long updateMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(updated.updated()).isEqualTo(ROWS);

		start = System.nanoTime();
		byte[] exported = export(token, "").expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		long exportMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(SheetFiles.read(exported).size()).isGreaterThan(ROWS);

		System.out.printf(
				"[benchmark] %,d rows, %s (%,d bytes): dry run %,d ms, import (create) %,d ms, "
						+ "re-import (update) %,d ms, export of the station %,d ms; %d processors, max heap %,d MB%n",
				ROWS, saved, file.length, dryMillis, createMillis, updateMillis, exportMillis,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
	}

	/**
	 * Fictitious people: area codes starting with 9 do not exist, phones are 1380000xxxx.
	 */
	private static List<List<Object>> rows(Random random) {
		String area = "9" + String.format("%05d", random.nextInt(100_000));
		List<List<Object>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i / 500 * 97L);
			boolean male = random.nextBoolean();
			String body = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
					+ String.format("%03d", (i % 500) * 2 + (male ? 1 : 0));
			String id = body + SheetFiles.checkCharacter(body);
			String name = FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)]
					+ GIVEN[random.nextInt(GIVEN.length)];
			String categories = CATEGORIES[random.nextInt(CATEGORIES.length)]
					+ ((i % 3 == 0) ? "、" + CATEGORIES[random.nextInt(CATEGORIES.length)] : "");
			rows.add(SheetApiTest.row(name, male ? "男" : "女", (i % 2 == 0) ? birth : null, id,
					String.format("1380000%04d", i), "锦禾区禾丰街道丰乐巷" + (i % 300 + 1) + "号" + (i % 6 + 1) + "单元",
					COMMUNITIES[i % COMMUNITIES.length], categories, (i % 4 == 0) ? "高龄、行动不便" : null,
					(i % 10 == 0) ? "每月电话回访一次" : null, "是", 30.62 + random.nextInt(1000) / 100_000.0,
					104.04 + random.nextInt(1000) / 100_000.0));
		}
		return rows;
	}

}
