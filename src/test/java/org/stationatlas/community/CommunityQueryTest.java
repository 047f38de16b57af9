package org.stationatlas.community;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the community map: lists, paging, filters, lookups and errors.
 */
class CommunityQueryTest extends ApiTest {

	static final String STATION_1 = GlobalId.encode("Station", DEMO_STATION_1);

	@Test
	void listsLiveCommunitiesWithTheirMap() {
		anonymous().document("""
				{ communities(filter: {stationId: "%s"}) {
				    totalCount
				    edges { node { name district street adminCode households population center { lat lng }
				      boundary mainRoads keyUnits { name kind location { lat lng } } landmarks { name kind }
				      station { name } archived version } } } }""".formatted(STATION_1))
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("communities.edges[0].node.name")
			.entity(String.class)
			.isEqualTo("柳塘社区")
			.path("communities.edges[0].node.boundary.type")
			.entity(String.class)
			.isEqualTo("Polygon")
			.path("communities.edges[0].node.mainRoads")
			.entityList(String.class)
			.contains("禾丰大道")
			.path("communities.edges[0].node.keyUnits")
			.entityList(Map.class)
			.hasSizeGreaterThan(2)
			.path("communities.edges[0].node.station.name")
			.entity(String.class)
			.isEqualTo("锦禾区禾丰街道社会工作服务站");
	}

	@Test
	void pagesWithKeysetCursorsThatAreStableUnderInserts() {
		var firstPage = anonymous().document("""
				{ communities(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
				  edges { node { name } } } }""").execute();
		String cursor = firstPage.path("communities.pageInfo.endCursor").entity(String.class).get();
		firstPage.path("communities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		firstPage.path("communities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		List<String> before = anonymous()
			.document("query($after: String) { communities(first: 3, after: $after) { edges { node { name } } } }")
			.variable("after", cursor)
			.execute()
			.path("communities.edges[*].node.name")
			.entityList(String.class)
			.get();
		// A community inserted at the head of the table must not shift the second page.
		this.jdbc.update("""
				INSERT INTO community (station_id, name, district, street, created_at, updated_at)
				VALUES (2, '游标测试社区', '锦禾区', '云溪镇', NOW(), NOW())""");
		try {
			anonymous()
				.document("query($after: String) { communities(first: 3, after: $after) { edges { node { name } } } }")
				.variable("after", cursor)
				.execute()
				.path("communities.edges[*].node.name")
				.entityList(String.class)
				.isEqualTo(before);
			assertThat(before).hasSize(3).doesNotContain("游标测试社区");
		}
		finally {
			this.jdbc.update("DELETE FROM community WHERE name = '游标测试社区'");
		}
	}

	@Test
	void filtersByStreetAndTextAndTreatsWildcardsLiterally() {
		anonymous().document("{ communities(filter: {street: \"云溪镇\"}) { totalCount } }")
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);
		anonymous().document("{ communities(filter: {text: \"柳塘\"}) { edges { node { name } } } }")
			.execute()
			.path("communities.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("柳塘社区");
		anonymous().document("{ communities(filter: {text: \"%\"}) { totalCount } }")
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		anonymous().document("{ communities(filter: {text: \"' OR 1=1 -- \"}) { totalCount } }")
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void refusesBadPagingAndIdsWithBadUserInput() {
		anonymous().document("{ communities(first: 1000) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "PAGE_SIZE_TOO_LARGE".equals(e.getExtensions().get("reason")) && e.getMessage().contains("100"))
			.verify();
		anonymous().document("{ communities(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "INVALID_CURSOR".equals(e.getExtensions().get("reason")))
			.verify();
		anonymous().document("{ community(id: \"%%%\") { name } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
		anonymous().document("{ community(id: \"%s\") { name } }".formatted(STATION_1))
			.execute()
			.errors()
			.expect((e) -> "INVALID_ID".equals(e.getExtensions().get("reason")))
			.verify();
		anonymous().document("{ communities(filter: {stationId: \"bad\"}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void refusesOverLongSearchText() {
		anonymous().document("{ communities(filter: {text: \"%s\"}) { totalCount } }".formatted("社".repeat(51)))
			.execute()
			.errors()
			.expect((e) -> "TEXT_TOO_LONG".equals(e.getExtensions().get("reason")))
			.verify();
	}

	@Test
	void unknownCommunityIsNotFound() {
		anonymous().document("{ community(id: \"%s\") { name } }".formatted(GlobalId.encode("Community", 987654)))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify()
			.path("community")
			.valueIsNull();
	}

	@Test
	void schemaErrorsGetACodeAndAChineseMessage() {
		anonymous().document("{ stations(filter: {kind: NOPE}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().startsWith("查询"))
			.verify();
		anonymous().document("{ communities { nope } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void communityAtFindsTheCommunityWhoseBoundaryHoldsThePoint() {
		assertThat(nameAt(30.626436, 104.046772)).isEqualTo("柳塘社区");
		// Inside the detached enclave of a MultiPolygon community.
		assertThat(nameAt(30.604763, 104.071914)).isEqualTo("桑园社区");
		// Inside that community's bounding box but in neither of its parts: the exact
		// test decides.
		assertThat(nameAt(30.605034, 104.063119)).isNull();
		assertThat(nameAt(30.66, 104.10)).isNull();
	}

	@Test
	void communityAtRefusesCoordinatesOutOfRange() {
		anonymous().document("{ communityAt(lat: 91, lng: 104) { name } }")
			.execute()
			.errors()
			.expect((e) -> "COORDINATE_OUT_OF_RANGE".equals(e.getExtensions().get("reason")))
			.verify();
	}

	@Test
	void nodeAndNodesResolveAnyType() {
		String community = GlobalId.encode("Community", 1);
		anonymous()
			.document("""
					{ node(id: "%s") { id ... on Community { name } }
					  nodes(ids: ["%s", "%s", "%s"]) { id ... on Station { name } } }""".formatted(community, STATION_1,
					community, GlobalId.encode("Station", 999999)))
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo("柳塘社区")
			.path("nodes[0].name")
			.entity(String.class)
			.isEqualTo("锦禾区禾丰街道社会工作服务站")
			.path("nodes[1].id")
			.entity(String.class)
			.isEqualTo(community)
			.path("nodes[2]")
			.valueIsNull();
		anonymous().document("{ node(id: \"%s\") { id } }".formatted(GlobalId.encode("Nope", 1)))
			.execute()
			.errors()
			.expect((e) -> "INVALID_ID".equals(e.getExtensions().get("reason")))
			.verify();
	}

	String nameAt(double lat, double lng) {
		return anonymous().document("query($lat: Float!, $lng: Float!) { communityAt(lat: $lat, lng: $lng) { name } }")
			.variable("lat", lat)
			.variable("lng", lng)
			.execute()
			.returnResponse()
			.field("communityAt.name")
			.getValue();
	}

}
