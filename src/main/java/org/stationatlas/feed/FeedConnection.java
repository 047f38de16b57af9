package org.stationatlas.feed;

import java.util.List;

import org.stationatlas.system.Connection.Edge;
import org.stationatlas.system.Connection.PageInfo;

/**
 * A page of the feed with {@link FeedCursor}s. Note that it has no {@code totalCount}:
 * the feed is read to its end, not counted.
 */
record FeedConnection(List<Edge<PublicResourceChange>> edges, PageInfo pageInfo) {

	/** Builds a page from rows fetched one beyond {@code first}, in feed order. */
	static FeedConnection of(List<FeedRow> rows, int first, boolean hasPrevious) {
		boolean hasNext = rows.size() > first;
		List<FeedRow> visible = hasNext ? rows.subList(0, first) : rows;
		List<Edge<PublicResourceChange>> edges = visible.stream()
			.map((row) -> new Edge<>(new FeedCursor(row.updatedAt(), row.key()).encode(), PublicResourceChange.of(row)))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new FeedConnection(edges, new PageInfo(hasNext, hasPrevious, start, end));
	}

}
