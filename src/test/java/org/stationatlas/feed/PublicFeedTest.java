package org.stationatlas.feed;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental sync: stable order, paging by cursor, tombstones, no individuals, changes
 * made while a client pages, and the settle horizon.
 */
class PublicFeedTest extends FeedApiTest {

	private HttpGraphQlTester partner() {
		return withApiKey("demo-partner-key");
	}

	@Test
	void pagesInChangeOrderByCursor() {
		LocalDateTime base = LocalDateTime.of(2001, 1, 1, 0, 0);
		String third = insert("CLINIC", base.plusSeconds(3));
		String first = insert("VENUE", base.plusSeconds(1));
		String tieA = insert("FUND", base.plusSeconds(2).plusNanos(123_456_000));
		String tieB = insert("POLICY", base.plusSeconds(2).plusNanos(123_456_000));
		String fifth = insert("CHARITY", base.plusSeconds(5));
		Map<String, Object> one = page(partner(), base, 2, null);
		assertThat(edges(one)).extracting((e) -> node(e).get("id")).containsExactly(first, tieA);
		assertThat(info(one)).containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false);
		String cursor = (String) info(one).get("endCursor");
		Map<String, Object> two = page(partner(), null, 2, cursor);
		assertThat(edges(two)).extracting((e) -> node(e).get("id")).containsExactly(tieB, third);
		assertThat(info(two)).containsEntry("hasPreviousPage", true);
		assertThat(sync(partner(), base, base.plusDays(1), 2, () -> {
		})).extracting((n) -> n.get("id")).containsExactly(first, tieA, tieB, third, fifth);
	}

	@Test
	void changedSinceStartsAfterThatTime() {
		LocalDateTime base = LocalDateTime.of(2002, 1, 1, 0, 0);
		insert("CLINIC", base.plusSeconds(1));
		String at = insert("CLINIC", base.plusSeconds(2));
		String later = insert("CLINIC", base.plusSeconds(3));
		assertThat(sync(partner(), base.plusSeconds(2), base.plusDays(1), 20, () -> {
		})).extracting((n) -> n.get("id")).containsExactly(later).doesNotContain(at);
		String shanghai = base.plusSeconds(1)
			.atOffset(ZoneOffset.UTC)
			.atZoneSameInstant(ZoneOffset.ofHours(8))
			.toOffsetDateTime()
			.toString();
		partner().document(FEED)
			.variable("since", shanghai)
			.variable("first", 1)
			.execute()
			.path("publicResources.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(at);
	}

	@Test
	void resourcesNoLongerPublicBecomeTombstones() {
		LocalDateTime base = LocalDateTime.of(2003, 1, 1, 0, 0);
		String live = insert("CLINIC", base.plusSeconds(1));
		String archived = insert("VENUE", base.plusSeconds(2));
		String internal = insert("CHARITY", base.plusSeconds(3));
		String inactive = insert("FUND", base.plusSeconds(4), "INACTIVE", "PUBLIC");
		String potential = insert("SCHOOL", base.plusSeconds(5), "POTENTIAL", "PUBLIC");
		change(archived, "archived_at", base.plusSeconds(6), base.plusSeconds(6));
		change(internal, "visibility", "INTERNAL", base.plusSeconds(7));
		List<Map<String, Object>> seen = sync(partner(), base, base.plusDays(1), 20, () -> {
		});
		assertThat(seen).extracting((n) -> n.get("id")).containsExactly(live, inactive, potential, archived, internal);
		assertThat(seen).extracting((n) -> n.get("deleted")).containsExactly(false, true, false, true, true);
		assertThat(seen).filteredOn((n) -> Boolean.TRUE.equals(n.get("deleted")))
			.allSatisfy((n) -> assertThat(n.get("resource")).isNull());
		Map<String, Object> clinic = resource(seen.get(0));
		assertThat(clinic).containsEntry("id", live)
			.containsEntry("dimension", "ORGANIZATIONAL")
			.containsEntry("typeCode", "CLINIC")
			.containsEntry("typeName", "医疗机构")
			.containsEntry("contactPhone", "010-12345678")
			.containsEntry("status", "ACTIVE")
			.containsEntry("location", Map.of("lat", 39.9, "lng", 116.4));
		assertThat(resource(seen.get(2))).containsEntry("status", "POTENTIAL");
		assertThat(OffsetDateTime.parse((String) seen.get(3).get("changedAt")))
			.isEqualTo(base.plusSeconds(6).atOffset(ZoneOffset.UTC));
	}

	@Test
	void individualPeopleNeverAppear() {
		LocalDateTime base = LocalDateTime.of(2004, 1, 1, 0, 0);
		insert("VOLUNTEER", base.plusSeconds(1));
		insert("EXPERT", base.plusSeconds(2));
		insert("COMMUNITY_LEADER", base.plusSeconds(3));
		String team = insert("VOLUNTEER_TEAM", base.plusSeconds(4));
		String expert = insert("EXPERT", base.plusSeconds(5));
		change(expert, "visibility", "INTERNAL", base.plusSeconds(6));
		List<Map<String, Object>> seen = sync(partner(), base, base.plusDays(1), 20, () -> {
		});
		assertThat(seen).extracting((n) -> n.get("id")).containsExactly(team);
		assertThat(resource(seen.get(0))).containsEntry("dimension", "HUMAN").containsEntry("contactPhone", null);
	}

	@Test
	void aChangeMadeWhileAClientPagesAppearsLaterExactlyOnceWithItsNewState() {
		LocalDateTime base = LocalDateTime.of(2005, 1, 1, 0, 0);
		String a = insert("CLINIC", base.plusSeconds(1));
		String b = insert("CLINIC", base.plusSeconds(2));
		String c = insert("CLINIC", base.plusSeconds(3));
		String d = insert("CLINIC", base.plusSeconds(4));
		String e = insert("CLINIC", base.plusSeconds(5));
		int[] pages = { 0 };
		List<Map<String, Object>> seen = sync(readOnlyStaff(DEMO_STATION_1), base, base.plusDays(1), 2, () -> {
			if (pages[0]++ == 0) {
				// After the client has read a and b: a (already seen) and d (not yet
				// seen) change.
				change(a, "name", "feedtest-a2", base.plusSeconds(10));
				change(d, "visibility", "INTERNAL", base.plusSeconds(11));
			}
		});
		assertThat(seen).extracting((n) -> n.get("id")).containsExactly(a, b, c, e, a, d);
		Map<String, Object> again = seen.get(4);
		assertThat(resource(again)).containsEntry("name", "feedtest-a2");
		assertThat(seen.get(5)).containsEntry("deleted", true);
	}

	@Test
	void changesInsideTheSettleHorizonWaitForTheNextSync() {
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		String settled = insert("CLINIC", now.minusSeconds(60));
		String fresh = insert("CLINIC", now.minusNanos(500_000_000));
		Map<String, Object> page = page(partner(), now.minusMinutes(2), 20, null);
		assertThat(edges(page)).extracting((e) -> node(e).get("id")).contains(settled).doesNotContain(fresh);
	}

}
