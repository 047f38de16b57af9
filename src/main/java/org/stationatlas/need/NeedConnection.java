package org.stationatlas.need;

import java.util.List;
import java.util.function.LongSupplier;

import org.stationatlas.system.Connection.Edge;
import org.stationatlas.system.Connection.PageInfo;

/**
 * A Relay connection of needs with {@link NeedCursor}s. Note that {@code totalCount} runs
 * its count query only when a client asks for the field.
 */
final class NeedConnection {

	private final List<Edge<Need>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	private NeedConnection(List<Edge<Need>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	/**
	 * Builds a page from rows fetched one beyond {@code first}, in the order's key order.
	 */
	static NeedConnection of(List<Need> rows, int first, NeedOrder order, NeedCursor after, LongSupplier totalCount) {
		boolean hasNext = rows.size() > first;
		List<Need> visible = hasNext ? rows.subList(0, first) : rows;
		List<Edge<Need>> edges = visible.stream()
			.map((need) -> new Edge<>(NeedCursor.after(need, order).encode(), need))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new NeedConnection(edges, new PageInfo(hasNext, after != null, start, end), totalCount);
	}

	public List<Edge<Need>> edges() {
		return this.edges;
	}

	public List<Need> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public long totalCount() {
		return this.totalCount.getAsLong();
	}

}
