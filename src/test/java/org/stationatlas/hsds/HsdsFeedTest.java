package org.stationatlas.hsds;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS list endpoints as a partner uses them: filters, the paging wrapper, the ndjson
 * stream, and who may call them.
 */
class HsdsFeedTest extends HsdsTestBase {

	@Test
	void filtersNarrowTheServices() {
		String tag = this.data.tag;
		assertThat(ids(page("/hsds/services?search=" + tag + "助老", "service_list")))
			.containsExactlyInAnyOrder(this.data.uuid("fund"), this.data.uuid("team"));
		assertThat(ids(page("/hsds/services?search=" + tag + "&taxonomy_term_id=POLICY", "service_list")))
			.containsExactly(this.data.uuid("policy"));
		assertThat(
				ids(page("/hsds/services?search=" + tag + "&taxonomy_term_id=" + HsdsIds.taxonomyTerm("VOLUNTEER_TEAM"),
						"service_list")))
			.containsExactly(this.data.uuid("team"));
		assertThat(ids(page("/hsds/services?search=" + tag + "&taxonomy_term_id=" + UUID.randomUUID(), "service_list")))
			.isEmpty();
		assertThat(ids(page("/hsds/services?search=" + tag + "&modified_after=2026-11-01T00:00:00Z", "service_list")))
			.containsExactlyInAnyOrder(HsdsIds.derive("service:", this.data.uuid("clinic")), this.data.uuid("policy"));
		assertThat(ids(page("/hsds/services?organization_id=" + this.data.uuid("clinic"), "service_list")))
			.containsExactly(HsdsIds.derive("service:", this.data.uuid("clinic")));
		// Note that a LIKE wildcard the client types matches literally.
		assertThat(page("/hsds/services?search=" + tag + "%25", "service_list").get("total_items").asInt()).isZero();
	}

	@Test
	void pagesCarryTheHsdsWrapper() {
		String uri = "/hsds/services?per_page=2&search=" + this.data.tag + "&page=";
		JsonNode first = page(uri + 1, "service_list");
		assertThat(first.get("total_items").asInt()).isEqualTo(5);
		assertThat(first.get("total_pages").asInt()).isEqualTo(3);
		assertThat(first.get("page_number").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("first_page").asBoolean()).isTrue();
		assertThat(first.get("last_page").asBoolean()).isFalse();
		assertThat(first.get("empty").asBoolean()).isFalse();
		JsonNode last = page(uri + 3, "service_list");
		assertThat(last.get("size").asInt()).isEqualTo(1);
		assertThat(last.get("first_page").asBoolean()).isFalse();
		assertThat(last.get("last_page").asBoolean()).isTrue();
		JsonNode beyond = page(uri + 4, "service_list");
		assertThat(beyond.get("empty").asBoolean()).isTrue();
		List<String> all = new ArrayList<>(ids(first));
		all.addAll(ids(page(uri + 2, "service_list")));
		all.addAll(ids(last));
		assertThat(new HashSet<>(all)).hasSize(5);
	}

	@Test
	void refusesBadParametersInTheApiErrorShape() {
		for (String query : List.of("per_page=501", "per_page=0", "page=0", "page=x", "modified_after=yesterday",
				"format=xml")) {
			JsonNode error = JSON.readTree(body("/hsds/services?" + query, 400));
			assertThat(error.at("/errors/0/extensions/code").asString()).as(query).isEqualTo("BAD_USER_INPUT");
		}
		assertThat(page("/hsds/services?per_page=500&search=" + this.data.tag, "service_list").get("size").asInt())
			.isEqualTo(5);
	}

	@Test
	void ndjsonStreamsEveryRecordOneValidObjectPerLine() {
		String tag = this.data.otherTag();
		int many = HsdsService.STREAM_CHUNK + 7;
		Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 0, 0));
		this.jdbc.batchUpdate("""
				INSERT INTO resource (uuid, station_id, dimension, type_id, name, status, visibility, source,
				  created_at, updated_at)
				VALUES (?, 1, 'POLICY', (SELECT id FROM resource_type WHERE code = 'POLICY'), ?, 'ACTIVE', 'PUBLIC',
				  'POLICY_DOCUMENT', ?, ?)""",
				IntStream.range(0, many)
					.mapToObj((i) -> new Object[] { UUID.randomUUID().toString(), tag + "政策" + i, now, now })
					.toList());
		List<JsonNode> policies = ndjson("/hsds/services?format=ndjson&search=" + tag, "service");
		assertThat(policies).hasSize(many);
		assertThat(policies.stream().map((p) -> p.get("id").asString()).distinct()).hasSize(many);
		assertThat(ndjson("/hsds/services?format=ndjson&search=" + this.data.tag, "service"))
			.hasSize(HsdsFixtures.PUBLIC_SERVICES);
		assertThat(ndjson("/hsds/organizations?format=ndjson&search=" + this.data.tag, "organization")).hasSize(1);
		assertThat(ndjson("/hsds/service_at_locations?format=ndjson&search=" + this.data.tag, "service_at_location"))
			.hasSize(2);
	}

	/** The demo library and whatever earlier tests left: all of it must be valid HSDS. */
	@Test
	void everyPublicRecordStreamsAsValidHsds() {
		String[][] kinds = { { "services", "service" }, { "organizations", "organization" },
				{ "service_at_locations", "service_at_location" } };
		for (String[] kind : kinds) {
			long total = page("/hsds/" + kind[0] + "?per_page=1", kind[1] + "_list").get("total_items").asLong();
			assertThat(ndjson("/hsds/" + kind[0] + "?format=ndjson", kind[1])).as(kind[0]).hasSize((int) total);
		}
	}

	@Test
	void onlyAuthenticatedCallersMayRead() {
		for (String uri : List.of("/hsds/", "/hsds/services", "/hsds/services?format=ndjson", "/hsds/organizations",
				"/hsds/service_at_locations/" + UUID.randomUUID())) {
			client(null, null).get()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.errors[0].extensions.code")
				.isEqualTo("UNAUTHENTICATED");
		}
		client("Authorization", "Bearer " + accessToken(Role.RESIDENT, null)).get()
			.uri("/hsds/organizations?search=" + this.data.tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total_items")
			.isEqualTo(1);
	}

}
