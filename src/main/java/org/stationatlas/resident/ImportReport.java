package org.stationatlas.resident;

import java.util.List;

/**
 * What a spreadsheet import did, or would do on a dry run. Note that {@code created} and
 * {@code updated} count the valid rows; {@code committed} says whether they were written,
 * which happens only on a real run without a single rejected row.
 *
 * @param totalRows the data rows read (blank rows are skipped)
 * @param rejected how many rows were rejected; each may have several entries in
 * {@code rejectedRows}
 */
record ImportReport(boolean dryRun, int totalRows, int created, int updated, int rejected, boolean committed,
		List<RejectedRow> rejectedRows, List<String> warnings) {

	/**
	 * One broken rule in one row.
	 *
	 * @param row the row number as the spreadsheet shows it (the header is row 1)
	 * @param field the column header, e.g. {@code 身份证号}
	 * @param code a stable English code, e.g. {@code INVALID_ID_NUMBER}
	 * @param message what is wrong, in Chinese
	 */
	record RejectedRow(int row, String field, String code, String message) {
	}

}
