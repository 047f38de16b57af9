package org.stationatlas.resident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a residents spreadsheet, headed in Chinese as social workers write them.
 * Export writes them in this order; import finds them in any order.
 */
enum SheetColumn {

	/** Required. */
	NAME("姓名", "name", "名字"),
	/** 男 or 女. */
	GENDER("性别", "gender"),
	/** A date cell or text such as 1990-03-07, 1990/3/7, 19900307. */
	BIRTH_DATE("出生日期", "birthDate", "出生年月日", "生日"),
	/** Matches a row to an existing resident of the station. */
	ID_NUMBER("身份证号", "idNumber", "身份证号码", "身份证", "公民身份号码", "证件号码"),
	/** Mobile or landline. */
	PHONE("联系电话", "phone", "电话", "手机", "手机号", "手机号码", "联系方式"),
	/** Free text. */
	ADDRESS("住址", "address", "地址", "家庭住址", "居住地址", "现住址"),
	/** A community name of the caller's station; the column is required. */
	COMMUNITY("所属社区", "communityId", "社区"),
	/** Chinese words such as 低保、残疾人, several separated by 、 , ， ; or spaces. */
	CATEGORIES("兜底类别", "categories", "兜底对象类别", "类别", "服务对象类别"),
	/** Several separated as the categories are. */
	TAGS("标签", "tags"),
	/** Free text. */
	NOTES("备注", "notes"),
	/** 是 or 否: the person's consent to keeping the ID number and phone. */
	CONSENT("是否同意", "consentGiven", "同意", "是否同意采集", "知情同意"),
	/** WGS-84 decimal degrees, with the longitude. */
	LAT("纬度", "location"),
	/** WGS-84 decimal degrees, with the latitude. */
	LNG("经度", "location");

	private final String header;

	private final String field;

	private final List<String> aliases;

	SheetColumn(String header, String field, String... aliases) {
		this.header = header;
		this.field = field;
		this.aliases = List.of(aliases);
	}

	/** The header as export writes it and reports name it. */
	String header() {
		return this.header;
	}

	/** The column that holds the API field a rule names, or {@code null}. */
	static SheetColumn ofField(String field) {
		for (SheetColumn column : values()) {
			if (column.field.equals(field)) {
				return column;
			}
		}
		return null;
	}

	/**
	 * The column a header means, or {@code null}: full-width letters, spaces, a
	 * required-marker {@code *} and notes in brackets, e.g. {@code 出生日期（年-月-日）}, do not
	 * matter.
	 */
	static SheetColumn ofHeader(String text) {
		String key = normalise(text);
		for (SheetColumn column : values()) {
			if (column.header.equals(key) || column.aliases.contains(key)) {
				return column;
			}
		}
		return null;
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = SheetCells.fold(text).replace("\uFEFF", "");
		return folded.replaceAll("\\(.*?\\)|\\[.*?\\]|【.*?】|[\\s*:：]", "");
	}

	/**
	 * Where each column is in a sheet, and what the header row had that this import does
	 * not use.
	 */
	record Layout(Map<SheetColumn, Integer> positions, List<String> warnings) {

		static Layout of(List<String> headers) {
			Map<SheetColumn, Integer> positions = new EnumMap<>(SheetColumn.class);
			List<String> warnings = new ArrayList<>();
			for (int i = 0; i < headers.size(); i++) {
				String text = (headers.get(i) != null) ? headers.get(i).strip() : "";
				if (text.isEmpty()) {
					continue;
				}
				SheetColumn column = ofHeader(text);
				if (column == null) {
					warnings.add("未识别的列「" + text + "」已忽略");
				}
				else if (positions.containsKey(column)) {
					warnings.add("列「" + text + "」重复，只读取第一列「" + column.header + "」");
				}
				else {
					positions.put(column, i);
				}
			}
			return new Layout(positions, warnings);
		}

		List<String> missing() {
			return List.of(NAME, COMMUNITY)
				.stream()
				.filter((c) -> !this.positions.containsKey(c))
				.map(SheetColumn::header)
				.toList();
		}

		Integer position(SheetColumn column) {
			return this.positions.get(column);
		}

	}

}
