package org.stationatlas.resident;

import java.util.ArrayList;
import java.util.List;

import org.stationatlas.resident.ImportReport.RejectedRow;

/**
 * Counts an import as it goes. Note that the list of rejections is capped so that a sheet
 * full of errors still gets a report of bounded size.
 */
final class ImportTally {

	static final int MAX_LISTED = 1000;

	private final boolean dryRun;

	private final List<RejectedRow> rejectedRows = new ArrayList<>();

	private final List<String> warnings;

	private int totalRows;

	private int created;

	private int updated;

	private int rejected;

	private int unlisted;

	ImportTally(boolean dryRun, List<String> warnings) {
		this.dryRun = dryRun;
		this.warnings = new ArrayList<>(warnings);
	}

	void read() {
		this.totalRows++;
	}

	void valid(boolean update) {
		if (update) {
			this.updated++;
		}
		else {
			this.created++;
		}
	}

	/** Uncounts a valid row that could not be written after all (a lost race). */
	void revoke(boolean update) {
		if (update) {
			this.updated--;
		}
		else {
			this.created--;
		}
	}

	void reject(List<RejectedRow> errors) {
		this.rejected++;
		for (RejectedRow error : errors) {
			if (this.rejectedRows.size() < MAX_LISTED) {
				this.rejectedRows.add(error);
			}
			else {
				this.unlisted++;
			}
		}
	}

	int totalRows() {
		return this.totalRows;
	}

	int created() {
		return this.created;
	}

	int updated() {
		return this.updated;
	}

	boolean clean() {
		return this.rejected == 0;
	}

	ImportReport report(boolean committed) {
		List<String> notes = new ArrayList<>(this.warnings);
		if (this.unlisted > 0) {
			notes.add("另有 " + this.unlisted + " 条错误未列出（最多列出 " + MAX_LISTED + " 条）");
		}
		if (!this.dryRun && !committed) {
			notes.add("有 " + this.rejected + " 行未通过校验，本次导入未写入任何数据；请修改后重新导入");
		}
		return new ImportReport(this.dryRun, this.totalRows, this.created, this.updated, this.rejected, committed,
				List.copyOf(this.rejectedRows), List.copyOf(notes));
	}

}
