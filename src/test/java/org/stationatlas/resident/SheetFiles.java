package org.stationatlas.resident;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.stationatlas.privacy.IdNumbers;

/**
 * Test spreadsheets built with the same library the import reads them with, and
 * fictitious but valid ID numbers (GB 11643 check character).
 */
final class SheetFiles {

	static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "身份证号", "联系电话", "住址", "所属社区", "兜底类别", "标签", "备注",
			"是否同意", "纬度", "经度");

	private SheetFiles() {
	}

	/**
	 * A valid ID number that no real person has: area codes starting with 9 do not exist.
	 */
	static String idNumber(LocalDate birth, boolean male) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int sequence = random.nextInt(0, 500) * 2 + (male ? 1 : 0);
		String body = "9" + String.format("%05d", random.nextInt(100_000))
				+ birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
		return body + checkCharacter(body);
	}

	static String randomIdNumber() {
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
		return idNumber(birth, ThreadLocalRandom.current().nextBoolean());
	}

	static char checkCharacter(String first17) {
		return IdNumbers.checkCharacter(first17);
	}

	/** The same number with a wrong check character. */
	static String withBadCheck(String idNumber) {
		char good = idNumber.charAt(17);
		return idNumber.substring(0, 17) + ((good == '1') ? '2' : '1');
	}

	/** A unique marker for names, so tests find their own rows. */
	static String marker() {
		String letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		StringBuilder marker = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			marker.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return marker.toString();
	}

	static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "station-atlas-test", "1.0");
			Worksheet sheet = workbook.newWorksheet("服务对象");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof LocalDate date) {
						sheet.value(r + 1, c, date);
						sheet.style(r + 1, c).format("yyyy-mm-dd").set();
					}
					else if (value instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (value != null) {
						sheet.value(r + 1, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] csv(List<String> headers, List<List<Object>> rows, Charset charset, boolean byteOrderMark) {
		StringBuilder text = new StringBuilder();
		List<List<Object>> all = new ArrayList<>();
		all.add(new ArrayList<>(headers));
		all.addAll(rows);
		for (List<Object> row : all) {
			List<String> cells = row.stream()
				.map((v) -> (v != null) ? v.toString() : "")
				.map(SheetFiles::quote)
				.toList();
			text.append(String.join(",", cells)).append("\r\n");
		}
		byte[] body = text.toString().getBytes(charset);
		if (!byteOrderMark) {
			return body;
		}
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		return withBom;
	}

	private static String quote(String cell) {
		return (cell.contains(",") || cell.contains("\"") || cell.contains("\n"))
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

	/** The cells of the first sheet as text, read as the import reads them. */
	static List<List<String>> read(byte[] xlsx) {
		try {
			Path file = Files.createTempFile("export-", ".xlsx");
			Files.write(file, xlsx);
			List<List<String>> rows = new ArrayList<>();
			try (SheetRows sheet = new XlsxRows(file)) {
				for (SheetRows.SheetRow row = sheet.next(); row != null; row = sheet.next()) {
					rows.add(row.cells().stream().map(SheetCells::text).toList());
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
