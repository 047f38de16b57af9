package org.stationatlas.resident;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.stationatlas.system.ApiException;

/**
 * A CSV file (RFC 4180, read with Commons CSV) in UTF-8, with or without a byte-order
 * mark, or in GBK as Excel on Chinese Windows saves it.
 */
final class CsvRows extends SheetRows {

	/** GB18030 decodes everything GBK encodes. */
	static final Charset GBK = Charset.forName("GB18030");

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	CsvRows(Path file) throws IOException {
		super(file);
		Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : GBK;
		InputStream in = new BufferedInputStream(Files.newInputStream(file));
		skipByteOrderMark(in);
		Reader reader = new InputStreamReader(in, charset);
		// Note that empty lines are kept (and skipped as blank rows) so that record
		// numbers
		// stay the row numbers Excel shows.
		this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader);
		this.records = this.parser.iterator();
	}

	@Override
	SheetRow next() {
		try {
			while (this.records.hasNext()) {
				CSVRecord record = this.records.next();
				List<Object> cells = new ArrayList<>(record.toList());
				if (!SheetRow.isBlank(cells)) {
					return new SheetRow((int) record.getRecordNumber(), cells);
				}
			}
			return null;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw ApiException.badInput("UNREADABLE_FILE", "无法读取该 CSV 文件：引号不配对或格式有误");
		}
	}

	@Override
	void closeReader() throws IOException {
		this.parser.close();
	}

	/** Whether the whole file decodes as UTF-8 without a single malformed byte. */
	static boolean isUtf8(Path file) throws IOException {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		char[] buffer = new char[8192];
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
			while (reader.read(buffer) >= 0) {
				// reading is the check
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static void skipByteOrderMark(InputStream in) throws IOException {
		in.mark(3);
		byte[] head = in.readNBytes(3);
		if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
	}

}
