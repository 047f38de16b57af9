package org.stationatlas.resident;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * How the cells of a residents spreadsheet read: text as people type it, dates in the
 * spellings they use, yes and no in Chinese, lists with any of the usual separators.
 */
final class SheetCells {

	private static final List<DateTimeFormatter> DATES = List
		.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd", "uuuu年M月d日")
		.stream()
		.map((p) -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final String SEPARATORS = "[、,，;；\\s]+";

	private SheetCells() {
	}

	/** The cell as trimmed text (numbers in plain notation), {@code null} if empty. */
	static String text(Object cell) {
		if (cell == null) {
			return null;
		}
		String text = (cell instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString()
				: (cell instanceof LocalDateTime dateTime) ? dateTime.toLocalDate().toString() : cell.toString();
		text = text.replace('\u00A0', ' ').strip();
		return text.isEmpty() ? null : text;
	}

	/** Full-width letters and digits folded to their usual forms. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	/**
	 * A date cell, or text such as 1990-03-07, 1990/3/7, 19900307 or 1990年3月7日;
	 * {@code null} if it is neither.
	 */
	static LocalDate date(Object cell) {
		if (cell instanceof LocalDateTime dateTime) {
			return dateTime.toLocalDate();
		}
		String text = text(cell);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(fold(text).strip(), format);
			}
			catch (DateTimeParseException ex) {
				// try the next spelling
			}
		}
		return null;
	}

	/** 是/否 and their usual variants; {@code null} if the cell says neither. */
	static Boolean yesNo(Object cell) {
		if (cell instanceof Boolean given) {
			return given;
		}
		String text = text(cell);
		return switch ((text != null) ? text.toLowerCase(Locale.ROOT) : "") {
			case "是", "同意", "已同意", "y", "yes", "true", "1", "√" -> true;
			case "否", "不同意", "未同意", "n", "no", "false", "0", "×" -> false;
			default -> null;
		};
	}

	/** The words of a list such as 低保、残疾人 or 低保, 残疾人; {@code null} for no text. */
	static List<String> words(String text) {
		if (text == null) {
			return null;
		}
		return List.of(text.split(SEPARATORS)).stream().filter((w) -> !w.isEmpty()).toList();
	}

}
