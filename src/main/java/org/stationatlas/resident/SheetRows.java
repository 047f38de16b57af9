package org.stationatlas.resident;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import org.stationatlas.system.ApiException;

import org.springframework.web.multipart.MultipartFile;

/**
 * The rows of an uploaded spreadsheet (.xlsx or .csv), read one at a time so that memory
 * stays bounded whatever the file's size. Cells are {@code String}, {@code BigDecimal},
 * {@code Boolean}, {@code LocalDateTime} (date-formatted cells) or {@code null}.
 */
abstract class SheetRows implements Closeable {

	private final Path file;

	SheetRows(Path file) {
		this.file = file;
	}

	/** The next row that is not blank, or {@code null} at the end. */
	abstract SheetRow next() throws IOException;

	abstract void closeReader() throws IOException;

	@Override
	public final void close() throws IOException {
		try {
			closeReader();
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

	/**
	 * Copies the upload to a temporary file (deleted on close) and opens it by its name
	 * and its first bytes.
	 */
	static SheetRows open(MultipartFile upload) throws IOException {
		if (upload == null || upload.isEmpty()) {
			throw ApiException.badInput("FILE_REQUIRED", "请上传 .xlsx 或 .csv 文件（表单字段 file）");
		}
		String name = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename().toLowerCase(Locale.ROOT)
				: "";
		Path file = Files.createTempFile("resident-import-", ".upload");
		try {
			try (InputStream in = upload.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			byte[] head = new byte[8];
			try (InputStream in = Files.newInputStream(file)) {
				in.readNBytes(head, 0, head.length);
			}
			if (ReadableWorkbook.isOOXMLZipHeader(head)) {
				return new XlsxRows(file);
			}
			if (ReadableWorkbook.isOLE2Header(head) || name.endsWith(".xls")) {
				throw ApiException.badInput("UNSUPPORTED_FILE_TYPE", "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后上传");
			}
			if (name.endsWith(".csv") || name.endsWith(".txt")) {
				return new CsvRows(file);
			}
			throw ApiException.badInput("UNSUPPORTED_FILE_TYPE", "只支持 .xlsx 和 .csv 文件");
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/**
	 * One row of a sheet.
	 *
	 * @param number the row number as the spreadsheet shows it (1-based)
	 */
	record SheetRow(int number, List<Object> cells) {

		Object cell(Integer index) {
			return (index != null && index < this.cells.size()) ? this.cells.get(index) : null;
		}

		List<String> texts() {
			return this.cells.stream().map((c) -> (c != null) ? c.toString() : null).toList();
		}

		static boolean isBlank(List<Object> cells) {
			return cells.stream().allMatch((c) -> c == null || (c instanceof String s && s.isBlank()));
		}

	}

}
