package org.stationatlas.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stationatlas.geo.GeoPointInput;
import org.stationatlas.privacy.IdNumbers;
import org.stationatlas.resident.ImportReport.RejectedRow;
import org.stationatlas.resident.SheetColumn.Layout;
import org.stationatlas.resident.SheetRows.SheetRow;

/**
 * Reads one spreadsheet row into a draft: the words social workers write (男, 低保、残疾人, 是)
 * into values, with an error for every cell that cannot be read. The rules of a resident
 * themselves are {@link ResidentWriter}'s.
 */
final class ImportRowParser {

	private final Layout layout;

	private final Map<String, Long> communities;

	/**
	 * @param communities the station's communities by {@link #name(String) name}
	 */
	ImportRowParser(Layout layout, Map<String, Long> communities) {
		this.layout = layout;
		this.communities = communities;
	}

	/**
	 * A row read into a draft.
	 *
	 * @param idNumber the normalised ID number if the row has a valid one, for matching
	 */
	record Parsed(ResidentDraft draft, String idNumber, List<RejectedRow> errors) {
	}

	Parsed parse(SheetRow row) {
		List<RejectedRow> errors = new ArrayList<>();
		Errors err = (column, code, message) -> errors
			.add(new RejectedRow(row.number(), column.header(), code, message));
		String idNumber = personal(row, SheetColumn.ID_NUMBER, err);
		String phone = personal(row, SheetColumn.PHONE, err);
		String genderText = text(row, SheetColumn.GENDER);
		Gender gender = (genderText != null) ? Gender.parse(genderText) : null;
		if (genderText != null && gender == null) {
			err.add(SheetColumn.GENDER, "INVALID_GENDER", "性别应填“男”或“女”");
		}
		ResidentDraft draft = new ResidentDraft(community(row, err), null, null, text(row, SheetColumn.NAME), gender,
				birthDate(row, err), idNumber, phone, text(row, SheetColumn.ADDRESS), location(row, err),
				categories(row, err), SheetCells.words(text(row, SheetColumn.TAGS)), text(row, SheetColumn.NOTES),
				consent(row, err));
		String matchable = (idNumber != null && IdNumbers.isValid(idNumber)) ? IdNumbers.normalise(idNumber) : null;
		return new Parsed(draft, matchable, errors);
	}

	/** A community name as it is compared: full-width folded, without spaces. */
	static String name(String text) {
		return SheetCells.fold(text).replaceAll("\\s", "");
	}

	private Long community(SheetRow row, Errors err) {
		String text = text(row, SheetColumn.COMMUNITY);
		if (text == null) {
			return null;
		}
		Long key = this.communities.get(name(text));
		key = (key != null) ? key : this.communities.get(name(text) + "社区");
		if (key == null) {
			err.add(SheetColumn.COMMUNITY, "UNKNOWN_COMMUNITY", "本社工站没有名为「" + text + "」的社区");
		}
		return key;
	}

	private String personal(SheetRow row, SheetColumn column, Errors err) {
		Object cell = row.cell(this.layout.position(column));
		String text = SheetCells.text(cell);
		if (text == null) {
			return null;
		}
		text = SheetCells.fold(text).replaceAll("\\s", "");
		if (text.contains("*")) {
			err.add(column, "MASKED_VALUE", column.header() + "是脱敏后的值，不能导入；请填写完整号码或留空");
		}
		else if (column == SheetColumn.ID_NUMBER && cell instanceof BigDecimal && !IdNumbers.isValid(text)) {
			err.add(column, "ID_NUMBER_AS_NUMBER", "身份证号被 Excel 存成了数字，末几位已丢失；请把该列设为文本格式后重新填写");
		}
		return text;
	}

	private LocalDate birthDate(SheetRow row, Errors err) {
		Object cell = row.cell(this.layout.position(SheetColumn.BIRTH_DATE));
		LocalDate date = SheetCells.date(cell);
		if (date == null && SheetCells.text(cell) != null) {
			err.add(SheetColumn.BIRTH_DATE, "INVALID_DATE",
					"出生日期「" + SheetCells.text(cell) + "」无法识别，请写成 1990-03-07、1990/3/7 或 19900307");
		}
		return date;
	}

	private List<SafetyNetCategory> categories(SheetRow row, Errors err) {
		String text = text(row, SheetColumn.CATEGORIES);
		if (text == null) {
			return null;
		}
		Set<SafetyNetCategory> categories = new LinkedHashSet<>();
		if ("无".equals(text)) {
			return List.of();
		}
		for (String word : SheetCells.words(text)) {
			SafetyNetCategory category = SafetyNetCategory.parse(word);
			if (category == null) {
				err.add(SheetColumn.CATEGORIES, "UNKNOWN_CATEGORY", "未知的兜底类别「" + word + "」");
			}
			else {
				categories.add(category);
			}
		}
		return List.copyOf(categories);
	}

	private Boolean consent(SheetRow row, Errors err) {
		Object cell = row.cell(this.layout.position(SheetColumn.CONSENT));
		Boolean given = SheetCells.yesNo(cell);
		if (given == null && SheetCells.text(cell) != null) {
			err.add(SheetColumn.CONSENT, "INVALID_CONSENT", "是否同意应填“是”或“否”");
		}
		return given;
	}

	private GeoPointInput location(SheetRow row, Errors err) {
		String lat = text(row, SheetColumn.LAT);
		String lng = text(row, SheetColumn.LNG);
		if (lat == null && lng == null) {
			return null;
		}
		if (lat == null || lng == null) {
			err.add(SheetColumn.LAT, "INCOMPLETE_LOCATION", "纬度和经度须同时填写");
			return null;
		}
		try {
			return new GeoPointInput(Double.valueOf(lat), Double.valueOf(lng));
		}
		catch (NumberFormatException ex) {
			err.add(SheetColumn.LAT, "INVALID_COORDINATE", "纬度、经度应为十进制度数，如 30.626436 和 104.046772");
			return null;
		}
	}

	private String text(SheetRow row, SheetColumn column) {
		return SheetCells.text(row.cell(this.layout.position(column)));
	}

	private interface Errors {

		void add(SheetColumn column, String code, String message);

	}

}
