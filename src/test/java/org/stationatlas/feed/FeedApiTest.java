package org.stationatlas.feed;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.stationatlas.ApiTest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Resources written straight into the table at chosen times, and a client that reads the
 * feed. Note that each test uses its own span of time long past, so tests never see each
 * other's rows and the settle horizon never holds them back.
 */
abstract class FeedApiTest extends ApiTest {

	static final String FEED = """
			query($since: DateTime, $first: Int, $after: String) {
			  publicResources(changedSince: $since, first: $first, after: $after) {
			    edges { cursor node { id changedAt deleted resource { id name dimension typeCode typeName provider
			      contactPhone address location { lat lng } availability capacity status lastVerifiedAt } } }
			    pageInfo { hasNextPage hasPreviousPage endCursor } } }""";

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@BeforeEach
	@AfterEach
	void removeTestRows() {
		// Note that rows left behind would show up in other features' resource counts.
		this.jdbc.update("DELETE FROM resource WHERE name LIKE 'feedtest-%'");
	}

	/** Inserts a public, active resource of that type changed at that time (UTC). */
	String insert(String type, LocalDateTime updatedAt) {
		return insert(type, updatedAt, "ACTIVE", "PUBLIC");
	}

	String insert(String type, LocalDateTime updatedAt, String status, String visibility) {
		String uuid = UUID.randomUUID().toString();
		this.jdbc.update(
				"""
						INSERT INTO resource (uuid, station_id, dimension, type_id, name, provider, contact_phone, address, lat, lng,
						  status, visibility, source, created_at, updated_at)
						SELECT ?, ?, dimension, id, ?, '示例机构', '010-12345678', '示例路 1 号', 39.9, 116.4, ?, ?, 'OTHER', ?, ?
						FROM resource_type WHERE code = ?""",
				uuid, DEMO_STATION_1, "feedtest-" + uuid, status, visibility, updatedAt, updatedAt, type);
		return uuid;
	}

	void change(String uuid, String column, Object value, LocalDateTime updatedAt) {
		// Note that the column name comes from the test itself, never from input.
		this.jdbc.update("UPDATE resource SET " + column + " = ?, updated_at = ? WHERE uuid = ?", value, updatedAt,
				uuid);
	}

	static String utc(LocalDateTime time) {
		return time.atOffset(ZoneOffset.UTC).toString();
	}

	GraphQlTester.Response request(HttpGraphQlTester client, LocalDateTime since, Integer first, String after) {
		return client.document(FEED)
			.variable("since", (since != null) ? utc(since) : null)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	Map<String, Object> page(HttpGraphQlTester client, LocalDateTime since, Integer first, String after) {
		return request(client, since, first, after).path("publicResources").entity(MAP).get();
	}

	/**
	 * Reads the feed page by page from {@code since} until it ends or passes
	 * {@code until}, calling {@code between} after each page, and returns every change
	 * seen, in order.
	 */
	List<Map<String, Object>> sync(HttpGraphQlTester client, LocalDateTime since, LocalDateTime until, int first,
			Runnable between) {
		List<Map<String, Object>> seen = new ArrayList<>();
		String after = null;
		while (true) {
			Map<String, Object> page = page(client, (after == null) ? since : null, first, after);
			for (Map<String, Object> edge : edges(page)) {
				Map<String, Object> node = node(edge);
				if (!OffsetDateTime.parse((String) node.get("changedAt")).isBefore(until.atOffset(ZoneOffset.UTC))) {
					return seen;
				}
				seen.add(node);
			}
			Map<String, Object> info = info(page);
			if (!Boolean.TRUE.equals(info.get("hasNextPage"))) {
				return seen;
			}
			after = (String) info.get("endCursor");
			between.run();
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> edges(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("edges");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> info(Map<String, Object> page) {
		return (Map<String, Object>) page.get("pageInfo");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> resource(Map<String, Object> node) {
		return (Map<String, Object>) node.get("resource");
	}

}
