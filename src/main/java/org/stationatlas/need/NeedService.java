package org.stationatlas.need;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.security.Authorities;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the needs library (需求库) within the caller's scope, for the API and for other
 * features (matching, the distribution map, the spreadsheet export).
 */
@Service
public class NeedService {

	static final String READ = "hasAuthority('" + Authorities.NEED_READ + "')";

	/** How many rows an export reads per statement: memory stays bounded. */
	static final int EXPORT_CHUNK = 500;

	private final NeedMapper mapper;

	private final NeedAccess access;

	private final NeedExporter exporter;

	NeedService(NeedMapper mapper, NeedAccess access, NeedExporter exporter) {
		this.mapper = mapper;
		this.access = access;
		this.exporter = exporter;
	}

	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	NeedConnection find(NeedFilter filter, NeedOrder order, Integer first, String after) {
		return page(NeedQuery.of(this.access.readScope(), filter, NeedOrder.orDefault(order)), first, after);
	}

	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	Need findOne(String id) {
		long key = GlobalId.decode(id, Need.TYPE);
		Need need = findInScope(List.of(key)).get(key);
		if (need == null) {
			throw ApiException.notFound("找不到该需求");
		}
		return need;
	}

	/** The signed-in resident's own needs, most urgent first; only residents may ask. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	NeedConnection findMine(Integer first, String after) {
		long mine = this.access.requireResident().map((r) -> r.key()).orElse(NeedScope.NO_RESIDENT);
		return page(NeedQuery.of(NeedScope.resident(mine), NeedFilter.NONE, NeedOrder.DEFAULT), first, after);
	}

	/**
	 * The needs among the keys that the caller may read; none for callers who may read
	 * none. Note that this only scopes: it checks no authority.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Need> findInScope(Collection<Long> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.access.readScopeIfAny()
			.map((scope) -> this.mapper.findByKeys(keys, scope))
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(Need::key, Function.identity()));
	}

	/** The history of each need, oldest first: one statement for all. */
	@Transactional(readOnly = true)
	Map<Long, List<NeedTransition>> history(Collection<Long> needKeys) {
		if (needKeys.isEmpty()) {
			return Map.of();
		}
		return this.mapper.findTransitions(needKeys).stream().collect(Collectors.groupingBy(NeedTransition::needKey));
	}

	/**
	 * The needs the filter selects, as spreadsheet rows, most urgent first (the default
	 * order of {@code needs}).
	 * @see #exportRows(NeedFilter, int, Consumer)
	 */
	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	public List<NeedRow> exportRows(NeedFilter filter, int max) {
		List<NeedRow> rows = new ArrayList<>();
		exportRows(filter, max, rows::add);
		return rows;
	}

	/**
	 * Streams the needs the filter selects to {@code sink} as spreadsheet rows, most
	 * urgent first, within exactly the scope and with the filter semantics of the
	 * {@code needs} query: the caller needs {@code need:read} and sees his own station's
	 * needs (platform administrators all). Rows are read {@value #EXPORT_CHUNK} at a time
	 * in one read-only transaction, so memory stays bounded and the rows are one
	 * consistent snapshot. Personal data is not part of a row; a subject the caller may
	 * not see (a resident without {@code resident:read}) has a {@code null} name. Note
	 * that this writes no audit line: the caller records the export.
	 * @param filter the filter; {@code null} for all; invalid IDs or ranges throw
	 * {@link ApiException} (BAD_USER_INPUT) before any row is read
	 * @param max at most this many rows (at least 0); ask for one more than you will
	 * write to learn whether the export was cut short
	 * @return how many rows were passed to the sink
	 */
	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	public int exportRows(NeedFilter filter, int max, Consumer<NeedRow> sink) {
		NeedQuery query = NeedQuery.of(this.access.readScope(), filter, NeedOrder.DEFAULT);
		int written = 0;
		NeedCursor after = null;
		while (written < max) {
			List<Need> chunk = this.mapper.findPage(query, after, Math.min(EXPORT_CHUNK, max - written));
			for (NeedRow row : this.exporter.rows(chunk)) {
				sink.accept(row);
			}
			written += chunk.size();
			if (chunk.size() < EXPORT_CHUNK) {
				break;
			}
			after = NeedCursor.after(chunk.get(chunk.size() - 1), NeedOrder.DEFAULT);
		}
		return written;
	}

	private NeedConnection page(NeedQuery query, Integer first, String after) {
		int size = PageRequest.of(first, null).first();
		NeedOrder order = query.order();
		NeedCursor cursor = NeedCursor.decode(after, order);
		List<Need> rows = this.mapper.findPage(query, cursor, size + 1);
		return NeedConnection.of(rows, size, order, cursor, () -> this.mapper.count(query));
	}

}
