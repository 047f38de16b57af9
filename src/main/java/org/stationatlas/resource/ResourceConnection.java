package org.stationatlas.resource;

import java.util.List;
import java.util.function.LongSupplier;

import org.stationatlas.resource.ResourceEnums.ResourceOrder;
import org.stationatlas.system.Connection.PageInfo;

/**
 * A page of resources whose cursors carry the sort value of their order (a distance, a
 * name, a time). Note that {@code totalCount} is counted only when asked for.
 */
final class ResourceConnection {

	private final List<Edge> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	private ResourceConnection(List<Edge> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	static ResourceConnection of(List<Resource> rows, int first, ResourceOrder order, boolean afterGiven,
			LongSupplier totalCount) {
		boolean hasNext = rows.size() > first;
		List<Edge> edges = (hasNext ? rows.subList(0, first) : rows).stream()
			.map((r) -> new Edge(ResourceCursor.of(r, order).encode(), r))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new ResourceConnection(edges, new PageInfo(hasNext, afterGiven, start, end), totalCount);
	}

	public List<Edge> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public long totalCount() {
		return this.totalCount.getAsLong();
	}

	/** One resource with its cursor. */
	record Edge(String cursor, Resource node) {
	}

}
