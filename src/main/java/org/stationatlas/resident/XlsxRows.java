package org.stationatlas.resident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.stationatlas.system.ApiException;

/**
 * The first sheet of an .xlsx workbook, streamed with FastExcel's reader.
 */
final class XlsxRows extends SheetRows {

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	XlsxRows(Path file) throws IOException {
		super(file);
		try {
			// Note that cell formats are read only to tell date cells from other numbers.
			this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
			this.stream = this.workbook.getFirstSheet().openStream();
			this.rows = this.stream.iterator();
		}
		catch (ExcelReaderException | IOException | IllegalArgumentException ex) {
			throw unreadable();
		}
	}

	@Override
	SheetRow next() {
		try {
			while (this.rows.hasNext()) {
				Row row = this.rows.next();
				List<Object> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(value(row.getCell(i)));
				}
				if (!SheetRow.isBlank(cells)) {
					return new SheetRow(row.getRowNum(), cells);
				}
			}
			return null;
		}
		catch (ExcelReaderException | UncheckedIOException ex) {
			throw unreadable();
		}
	}

	@Override
	void closeReader() throws IOException {
		try (this.workbook) {
			this.stream.close();
		}
	}

	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getType()) {
			case NUMBER -> isDate(cell) ? cell.asDate() : cell.asNumber();
			case STRING -> cell.asString();
			case BOOLEAN -> cell.asBoolean();
			case FORMULA -> cell.getRawValue();
			default -> null;
		};
	}

	/**
	 * Excel keeps dates as numbers with a date format: the built-in date formats (the
	 * Chinese ones included) or a custom format with a year or day part.
	 */
	private static boolean isDate(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
				|| (id >= 50 && id <= 58))) {
			return true;
		}
		String format = cell.getDataFormatString();
		if (format == null) {
			return false;
		}
		String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
		return bare.contains("y") || bare.contains("d");
	}

	private static ApiException unreadable() {
		return ApiException.badInput("UNREADABLE_FILE", "无法读取该 .xlsx 文件，请确认文件完整且未加密");
	}

}
