package org.stationatlas.feed;

import java.time.OffsetDateTime;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry point of the partner feed.
 */
@Controller
class FeedController {

	private final FeedService feed;

	FeedController(FeedService feed) {
		this.feed = feed;
	}

	@QueryMapping
	FeedConnection publicResources(@Argument OffsetDateTime changedSince, @Argument Integer first,
			@Argument String after) {
		return this.feed.changes(changedSince, first, after);
	}

}
