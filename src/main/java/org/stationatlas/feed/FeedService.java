package org.stationatlas.feed;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.stationatlas.security.Authorities;
import org.stationatlas.system.PageRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incremental feed of public resources for partner systems. Note that partner keys
 * and staff may read it; residents have the public resource queries instead.
 */
@Service
@EnableConfigurationProperties(FeedProperties.class)
class FeedService {

	static final String READ = "hasAnyAuthority('" + Authorities.PUBLIC_READ + "', '" + Authorities.RESOURCE_READ
			+ "')";

	/**
	 * The only HUMAN sub-types that are groups, not individuals. Note that this is an
	 * allow-list: a HUMAN sub-type an admin adds later stays out of the feed until
	 * someone decides it names no person.
	 */
	static final List<String> PUBLIC_HUMAN_TYPES = List.of("VOLUNTEER_TEAM");

	private final FeedMapper mapper;

	private final FeedProperties properties;

	FeedService(FeedMapper mapper, FeedProperties properties) {
		this.mapper = mapper;
		this.properties = properties;
	}

	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	FeedConnection changes(OffsetDateTime changedSince, Integer first, String after) {
		PageRequest page = PageRequest.of(first, null);
		FeedCursor cursor = FeedCursor.decode(after);
		LocalDateTime horizon = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(this.properties.settleSeconds());
		LocalDateTime since = (changedSince != null)
				? changedSince.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : null;
		List<FeedRow> rows = this.mapper.findChanges(horizon, since, cursor, PUBLIC_HUMAN_TYPES, page.fetchSize());
		return FeedConnection.of(rows, page.first(), cursor != null);
	}

}
