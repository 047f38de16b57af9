package org.stationatlas.resident;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Worksheet;

import org.stationatlas.privacy.Masking;
import org.stationatlas.privacy.PersonalDataCipher;

import org.springframework.stereotype.Component;

/**
 * Writes residents as rows of the export sheet, in {@link SheetColumn} order, so that an
 * exported file with full values can be imported again as it is.
 */
@Component
class ExportRowWriter {

	private static final List<SheetColumn> COLUMNS = List.of(SheetColumn.values());

	private final ResidentMapper residents;

	private final PersonalDataCipher cipher;

	ExportRowWriter(ResidentMapper residents, PersonalDataCipher cipher) {
		this.residents = residents;
		this.cipher = cipher;
	}

	void header(Worksheet sheet) {
		for (int c = 0; c < COLUMNS.size(); c++) {
			sheet.inlineString(0, c, COLUMNS.get(c).header());
			sheet.style(0, c).bold().set();
		}
		sheet.width(COLUMNS.indexOf(SheetColumn.ID_NUMBER), 22);
		sheet.width(COLUMNS.indexOf(SheetColumn.ADDRESS), 30);
		sheet.freezePane(0, 1);
	}

	/**
	 * Writes one page of residents from {@code row} on.
	 * @return the next free row
	 */
	int write(Worksheet sheet, int row, List<Resident> page, Map<Long, String> communityNames, boolean full)
			throws IOException {
		if (page.isEmpty()) {
			return row;
		}
		List<Long> keys = page.stream().map(Resident::key).toList();
		Map<Long, List<String>> categories = this.residents.findCategories(keys)
			.stream()
			.sorted(Comparator.comparing(ResidentMapper.CategoryRow::category))
			.collect(Collectors.groupingBy(ResidentMapper.CategoryRow::residentKey,
					Collectors.mapping((c) -> c.category().chinese(), Collectors.toList())));
		Map<Long, List<String>> tags = this.residents.findTags(keys)
			.stream()
			.collect(Collectors.groupingBy(ResidentMapper.TagRow::residentKey,
					Collectors.mapping(ResidentMapper.TagRow::tag, Collectors.toList())));
		for (Resident r : page) {
			text(sheet, row, SheetColumn.NAME, r.name());
			text(sheet, row, SheetColumn.GENDER, switch (r.gender()) {
				case MALE -> "男";
				case FEMALE -> "女";
				case UNKNOWN -> null;
			});
			if (r.birthDate() != null) {
				sheet.value(row, COLUMNS.indexOf(SheetColumn.BIRTH_DATE), r.birthDate());
				sheet.style(row, COLUMNS.indexOf(SheetColumn.BIRTH_DATE)).format("yyyy-mm-dd").set();
			}
			text(sheet, row, SheetColumn.ID_NUMBER, personal(r.idNumberCipher(), full, true));
			text(sheet, row, SheetColumn.PHONE, personal(r.phoneCipher(), full, false));
			text(sheet, row, SheetColumn.ADDRESS, r.address());
			text(sheet, row, SheetColumn.COMMUNITY, communityNames.get(r.communityKey()));
			text(sheet, row, SheetColumn.CATEGORIES, String.join("、", categories.getOrDefault(r.key(), List.of())));
			text(sheet, row, SheetColumn.TAGS, String.join("、", tags.getOrDefault(r.key(), List.of())));
			text(sheet, row, SheetColumn.NOTES, r.notes());
			text(sheet, row, SheetColumn.CONSENT, r.consentGiven() ? "是" : "否");
			if (r.lat() != null) {
				sheet.value(row, COLUMNS.indexOf(SheetColumn.LAT), r.lat());
				sheet.value(row, COLUMNS.indexOf(SheetColumn.LNG), r.lng());
			}
			row++;
		}
		return row;
	}

	private String personal(String cipherText, boolean full, boolean idNumber) {
		if (cipherText == null) {
			return null;
		}
		String plain = this.cipher.decrypt(cipherText);
		return full ? plain : idNumber ? Masking.idNumber(plain) : Masking.phone(plain);
	}

	/**
	 * Note that strings are written inline, not into the shared-strings table, which
	 * would keep every distinct name and address in memory until the end.
	 */
	private static void text(Worksheet sheet, int row, SheetColumn column, String value) {
		if (value != null && !value.isEmpty()) {
			sheet.inlineString(row, COLUMNS.indexOf(column), value);
		}
	}

}
