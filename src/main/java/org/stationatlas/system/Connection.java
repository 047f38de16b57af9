package org.stationatlas.system;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * A Relay cursor connection. Note that {@code totalCount} runs its count query only when
 * a client asks for the field.
 */
public final class Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	private Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	/**
	 * Builds a page from rows fetched with {@link PageRequest#fetchSize()}.
	 * @param rows the rows in key order, possibly one more than requested
	 * @param page the request
	 * @param key the keyset key of a row
	 * @param totalCount counts all rows that match the filter, ignoring the cursor
	 */
	public static <T> Connection<T> of(List<T> rows, PageRequest page, ToLongFunction<T> key, LongSupplier totalCount) {
		boolean hasNext = rows.size() > page.first();
		List<T> visible = hasNext ? rows.subList(0, page.first()) : rows;
		List<Edge<T>> edges = visible.stream()
			.map((row) -> new Edge<>(PageRequest.encodeCursor(key.applyAsLong(row)), row))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(hasNext, page.afterKey() != null, start, end), totalCount);
	}

	public <R> Connection<R> map(Function<T, R> mapper) {
		List<Edge<R>> mapped = this.edges.stream().map((e) -> new Edge<>(e.cursor(), mapper.apply(e.node()))).toList();
		return new Connection<>(mapped, this.pageInfo, this.totalCount);
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public long totalCount() {
		return this.totalCount.getAsLong();
	}

	/** One row of a connection with its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Relay page information. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
