package org.stationatlas.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.stationatlas.resident.ResidentBatchMapper.ChildRow;

import org.springframework.stereotype.Component;

/**
 * Writes prepared resident rows many at a time: one multi-row statement per table and
 * chunk instead of several statements per resident, which is what makes a 10,000-row
 * import take seconds. Callers hold the transaction.
 */
@Component
class ResidentBatchWriter {

	/** Rows per multi-row statement, well below any placeholder or packet limit. */
	static final int ROWS_PER_STATEMENT = 500;

	private final ResidentMapper residents;

	private final ResidentBatchMapper batch;

	ResidentBatchWriter(ResidentMapper residents, ResidentBatchMapper batch) {
		this.residents = residents;
		this.batch = batch;
	}

	/**
	 * A row to write, and the spreadsheet row it came from.
	 *
	 * @param update whether it changes an existing resident (at the version it read)
	 */
	record Pending(int rowNumber, ResidentRow row, boolean update) {
	}

	/**
	 * @return the pending rows whose resident someone else changed meanwhile (not
	 * written)
	 */
	List<Pending> write(List<Pending> pending) {
		List<ResidentRow> created = new ArrayList<>();
		List<ResidentRow> updated = new ArrayList<>();
		List<Pending> conflicts = new ArrayList<>();
		for (Pending p : pending) {
			if (!p.update()) {
				created.add(p.row());
			}
			else if (this.residents.update(p.row()) > 0) {
				updated.add(p.row());
			}
			else {
				conflicts.add(p);
			}
		}
		chunks(created, this.batch::insertResidents);
		List<Long> newCategories = keys(updated.stream().filter((r) -> r.categories != null).toList());
		List<Long> newTags = keys(updated.stream().filter((r) -> r.tags != null).toList());
		chunks(newCategories, this.batch::deleteCategories);
		chunks(newTags, this.batch::deleteTags);
		chunks(keys(updated), this.batch::deleteTokens);
		List<ResidentRow> all = new ArrayList<>(created);
		all.addAll(updated);
		chunks(children(all, (r) -> (r.categories != null) ? r.categories.stream().map(Enum::name).toList() : null),
				this.batch::insertCategories);
		chunks(children(all, (r) -> r.tags), this.batch::insertTags);
		chunks(children(all, (r) -> List.copyOf(r.searchTokens)), this.batch::insertTokens);
		return conflicts;
	}

	private static List<Long> keys(List<ResidentRow> rows) {
		return rows.stream().map((r) -> r.key).toList();
	}

	private static List<ChildRow> children(List<ResidentRow> rows, Function<ResidentRow, List<String>> values) {
		List<ChildRow> children = new ArrayList<>();
		for (ResidentRow row : rows) {
			List<String> list = values.apply(row);
			if (list != null) {
				list.forEach((v) -> children.add(new ChildRow(row.key, row.stationKey, v)));
			}
		}
		return children;
	}

	private static <T> void chunks(List<T> rows, Consumer<List<T>> statement) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			statement.accept(new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))));
		}
	}

}
