package org.stationatlas.resident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stationatlas.resident.ResidentBatchWriter.Pending;

/**
 * The state of one import while it reads its rows: where it writes, what it has counted,
 * the ID numbers seen so far and the valid rows not yet written.
 *
 * @param seen each ID number in the file so far, with the row it was first seen in
 */
record ImportRun(long station, Long actor, boolean dryRun, int batchSize, ImportTally tally, ImportRowParser parser,
		Map<String, Integer> seen, List<Pending> pending) {

	ImportRun(long station, Long actor, boolean dryRun, int batchSize, ImportTally tally, ImportRowParser parser) {
		this(station, actor, dryRun, batchSize, tally, parser, new HashMap<>(), new ArrayList<>());
	}

	/** Whether valid rows are written: on a real run, until the first rejected row. */
	boolean writing() {
		return !this.dryRun && this.tally.clean();
	}

}
