package org.stationatlas.resident;

import java.util.ArrayList;
import java.util.List;

import org.stationatlas.privacy.PersonalDataCipher;
import org.stationatlas.resident.ImportReport.RejectedRow;
import org.stationatlas.resident.ResidentBatchWriter.Pending;
import org.stationatlas.resident.SheetRows.SheetRow;
import org.stationatlas.system.UserError;

import org.springframework.stereotype.Component;

/**
 * Checks one imported row as the API would check the same resident, matches it to an
 * existing resident of the station by ID number, and queues it for writing.
 */
@Component
class ImportRowChecker {

	private final ResidentMapper residents;

	private final PersonalDataCipher cipher;

	private final ResidentWriter writer;

	private final ResidentBatchWriter batch;

	ImportRowChecker(ResidentMapper residents, PersonalDataCipher cipher, ResidentWriter writer,
			ResidentBatchWriter batch) {
		this.residents = residents;
		this.cipher = cipher;
		this.writer = writer;
		this.batch = batch;
	}

	void check(ImportRun run, SheetRow row) {
		run.tally().read();
		ImportRowParser.Parsed parsed = run.parser().parse(row);
		List<RejectedRow> errors = new ArrayList<>(parsed.errors());
		Resident existing = null;
		if (parsed.idNumber() != null) {
			Integer first = run.seen().putIfAbsent(parsed.idNumber(), row.number());
			if (first != null) {
				errors.add(new RejectedRow(row.number(), SheetColumn.ID_NUMBER.header(), "DUPLICATE_IN_FILE",
						"与第 " + first + " 行的身份证号重复"));
			}
			else {
				existing = this.residents.findByIdNumberHmac(run.station(), this.cipher.lookupHash(parsed.idNumber()));
			}
		}
		ResidentWriter.Prepared prepared = this.writer.prepare(run.station(), parsed.draft(), existing, run.actor());
		for (UserError error : prepared.errors()) {
			String field = error.field().get(error.field().size() - 1);
			SheetColumn column = SheetColumn.ofField(field);
			String header = (column != null) ? column.header() : field;
			// Note that a cell already reported (an unknown community, say) is not
			// reported again as the rule it then breaks (a missing community).
			if (errors.stream().noneMatch((e) -> e.field().equals(header))) {
				errors.add(new RejectedRow(row.number(), header, error.code(), error.message()));
			}
		}
		if (!errors.isEmpty()) {
			run.tally().reject(errors);
			return;
		}
		run.tally().valid(existing != null);
		if (run.writing()) {
			run.pending().add(new Pending(row.number(), prepared.row(), existing != null));
			if (run.pending().size() >= run.batchSize()) {
				flush(run);
			}
		}
	}

	/** Writes the queued rows, if the run still writes. */
	void flush(ImportRun run) {
		if (!run.writing() || run.pending().isEmpty()) {
			return;
		}
		List<Pending> lost = this.batch.write(run.pending());
		run.pending().clear();
		for (Pending p : lost) {
			run.tally().revoke(true);
			run.tally()
				.reject(List.of(new RejectedRow(p.rowNumber(), SheetColumn.NAME.header(), "VERSION_CONFLICT",
						"该服务对象在导入期间被他人修改，请重新导入")));
		}
	}

}
