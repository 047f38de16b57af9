package org.stationatlas.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resources library: who sees what, finding resources near a point, and keeping them
 * current.
 */
class ResourceApiTest extends ApiTest {

	@Autowired
	StringRedisTemplate redis;

	static final String CREATE = """
			mutation($input: ResourceInput!) { createResource(input: $input) {
			  resource { id uuid name dimension typeCode visibility status version lastVerifiedAt location { lat lng }
			    needCategories serviceCommunities { name } unlimitedCapacity }
			  userErrors { field code } } }""";

	static final String LIST = """
			query($f: ResourceFilter, $o: ResourceOrderBy, $first: Int, $after: String) {
			  resources(filter: $f, orderBy: $o, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor } edges { node { id name distanceMeters visibility } } } }""";

	@Test
	void everyoneSeesPublicResourcesAndOnlyTheStationItsInternalOnes() {
		String name = "内部测试资源" + System.nanoTime();
		create(demo("demo-worker"), input(name, "CLINIC", "INTERNAL"));
		assertThat(names(anonymous(), Map.of("text", name))).isEmpty();
		assertThat(names(withApiKey("demo-partner-key"), Map.of("text", name))).isEmpty();
		assertThat(names(demo("demo-worker-2"), Map.of("text", name))).isEmpty();
		assertThat(names(demo("demo-volunteer"), Map.of("text", name))).containsExactly(name);
		String open = "公开测试资源" + System.nanoTime();
		create(demo("demo-worker"), input(open, "CLINIC", "PUBLIC"));
		assertThat(names(anonymous(), Map.of("text", open))).containsExactly(open);
		assertThat(names(demo("demo-worker-2"), Map.of("text", open))).containsExactly(open);
	}

	@Test
	void publicListsAreCachedInRedisAndAWriteShowsAtOnce() {
		String name = "缓存测试资源" + System.nanoTime();
		assertThat(names(anonymous(), Map.of("text", name))).isEmpty();
		assertThat(this.redis.keys("station-atlas:publicResources::*")).isNotEmpty();
		create(demo("demo-worker"), input(name, "VENUE", "PUBLIC"));
		assertThat(names(anonymous(), Map.of("text", name))).containsExactly(name);
	}

	@Test
	void staleResourcesAreListedForReviewOldestFirst() {
		List<String> verified = demo("demo-worker")
			.document("{ staleResources(first: 100) { totalCount edges { node { lastVerifiedAt } } } }")
			.execute()
			.path("staleResources.edges[*].node.lastVerifiedAt")
			.entityList(String.class)
			.get();
		assertThat(verified).isNotEmpty().isSorted();
		anonymous().document("{ staleResources { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void individualPeopleAreNeverPublic() {
		create(demo("demo-worker"), input("某律师", "EXPERT", "PUBLIC")).path("createResource.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("INDIVIDUAL_NOT_PUBLIC");
		List<Map<String, Object>> experts = anonymous()
			.document("{ resources(filter: {subType: \"EXPERT\"}, first: 100) { edges { node { name } } } }")
			.execute()
			.path("resources.edges")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(experts).isEmpty();
	}

	@Test
	void nearReturnsDistancesInOrderAndPagesStably() {
		Map<String, Object> near = Map.of("lat", 30.626436, "lng", 104.046772, "radiusMeters", 1500);
		var first = anonymous().document(LIST).variable("f", Map.of("near", near)).variable("first", 5).execute();
		List<Double> distances = first.path("resources.edges[*].node.distanceMeters").entityList(Double.class).get();
		assertThat(distances).isSorted().allSatisfy((d) -> assertThat(d).isBetween(0.0, 1500.0));
		String cursor = first.path("resources.pageInfo.endCursor").entity(String.class).get();
		List<Double> next = anonymous().document(LIST)
			.variable("f", Map.of("near", near))
			.variable("first", 5)
			.variable("after", cursor)
			.execute()
			.path("resources.edges[*].node.distanceMeters")
			.entityList(Double.class)
			.get();
		assertThat(next).isNotEmpty()
			.allSatisfy((d) -> assertThat(d).isGreaterThanOrEqualTo(distances.get(distances.size() - 1)));
		anonymous().document(LIST)
			.variable("o", Map.of("field", "DISTANCE"))
			.execute()
			.errors()
			.expect((e) -> "NEAR_REQUIRED".equals(e.getExtensions().get("reason")))
			.verify();
		anonymous().document(LIST)
			.variable("f", Map.of("near", Map.of("lat", 30.6, "lng", 104.0, "radiusMeters", 999_999)))
			.execute()
			.errors()
			.expect((e) -> "INVALID_RADIUS".equals(e.getExtensions().get("reason")))
			.verify();
	}

	@Test
	void theNearSearchUsesTheLocationIndex() {
		List<Map<String, Object>> plan = this.jdbc.queryForList("""
				EXPLAIN SELECT id FROM resource WHERE lat BETWEEN 30.61 AND 30.64 AND lng BETWEEN 104.03 AND 104.06""");
		assertThat(plan).anySatisfy(
				(row) -> assertThat(String.valueOf(row.get("possible_keys"))).contains("idx_resource_location"));
	}

	@Test
	void resourcesAreVerifiedArchivedAndStaleOnesListedForReview() {
		HttpGraphQlTester worker = demo("demo-worker");
		String name = "复核测试资源" + System.nanoTime();
		String id = create(worker, input(name, "VENUE", "PUBLIC")).path("createResource.resource.id")
			.entity(String.class)
			.get();
		worker.document("mutation($id: ID!) { verifyResource(input: {id: $id, version: 0}) { resource { version } } }")
			.variable("id", id)
			.execute()
			.path("verifyResource.resource.version")
			.entity(Integer.class)
			.isEqualTo(1);
		int stale = anonymous()
			.document("{ resources(filter: {verifiedBefore: \"2026-07-01T00:00:00Z\"}) { totalCount } }")
			.execute()
			.path("resources.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(stale).isPositive();
		worker.document("mutation($id: ID!) { archiveResource(input: {id: $id, version: 0}) { userErrors { code } } }")
			.variable("id", id)
			.execute()
			.path("archiveResource.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("VERSION_CONFLICT");
		worker
			.document("mutation($id: ID!) { archiveResource(input: {id: $id, version: 1}) { resource { archived } } }")
			.variable("id", id)
			.execute()
			.path("archiveResource.resource.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(names(anonymous(), Map.of("text", name))).isEmpty();
		demo("demo-worker-2")
			.document("mutation($id: ID!) { verifyResource(input: {id: $id, version: 2}) { userErrors { code } } }")
			.variable("id", id)
			.execute()
			.path("verifyResource.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void badResourcesAreRefusedAndWriteNothing() {
		int before = count("resource");
		Map<String, Object> noPlace = input("无位置诊所", "CLINIC", "PUBLIC");
		noPlace.remove("location");
		expect(noPlace, "REQUIRED");
		expect(with(input("诊所", "NO_SUCH_TYPE", "PUBLIC"), "name", "x"), "UNKNOWN_SUB_TYPE");
		expect(with(input("诊所", "CLINIC", "PUBLIC"), "contactPhone", "123"), "INVALID_PHONE");
		expect(with(input("诊所", "CLINIC", "PUBLIC"), "website", "javascript:alert(1)"), "INVALID_URL");
		expect(with(input("诊所", "CLINIC", "PUBLIC"), "communityIds", List.of(GlobalId.encode("Community", 6))),
				"NOT_FOUND");
		expect(with(input("诊所", "CLINIC", "PUBLIC"), "capacity", -1), "OUT_OF_RANGE");
		expect(with(input("名".repeat(101), "CLINIC", "PUBLIC"), "minAge", 200), "TOO_LONG");
		assertThat(count("resource")).isEqualTo(before);
		demo("demo-volunteer").document(CREATE)
			.variable("input", input("志愿者建的", "CLINIC", "PUBLIC"))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		withApiKey("demo-partner-key").document(CREATE)
			.variable("input", input("合作方建的", "CLINIC", "PUBLIC"))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(count("resource")).isEqualTo(before);
	}

	@Test
	void theTaxonomyIsDataThatPlatformAdminsExtend() {
		String code = "TEST_TYPE_" + (System.nanoTime() % 100000);
		assertThat(codes()).contains("CLINIC", "VOLUNTEER_TEAM", "POLICY").doesNotContain(code);
		demo("demo-station-admin").document(
				"mutation($c: String!) { createResourceType(input: {code: $c, dimension: SPACE, name: \"测试\"}) { resourceType { code } } }")
			.variable("c", code)
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		demo("demo-admin").document(
				"mutation($c: String!) { createResourceType(input: {code: $c, dimension: SPACE, name: \"测试\"}) { resourceType { code dimension } } }")
			.variable("c", code)
			.execute()
			.path("createResourceType.resourceType.code")
			.entity(String.class)
			.isEqualTo(code);
		assertThat(codes()).as("the cached taxonomy was evicted").contains(code);
	}

	@Test
	void communitiesListTheResourcesServingThem() {
		anonymous()
			.document("{ community(id: \"%s\") { resources(first: 50) { totalCount edges { node { visibility } } } } }"
				.formatted(GlobalId.encode("Community", 1)))
			.execute()
			.path("community.resources.edges[*].node.visibility")
			.entityList(String.class)
			.satisfies((v) -> assertThat(v).isNotEmpty().containsOnly("PUBLIC"));
	}

	@Test
	void communityResourcesAreBatchedWhateverTheNumberOfCommunities() {
		long two = statementsFor(2);
		long eight = statementsFor(8);
		// communities, their page (windowed), the resources, their counts: four, for 2
		// communities or 8.
		assertThat(eight).isEqualTo(two).isLessThanOrEqualTo(6);
	}

	private long statementsFor(int communities) {
		long before = this.statements.count();
		demo("demo-worker").document(
				"{ communities(first: %d) { edges { node { resources(first: 5) { totalCount edges { node { name } } } } } } }"
					.formatted(communities))
			.execute()
			.path("communities.edges[0].node.resources.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive());
		return this.statements.count() - before;
	}

	private List<String> codes() {
		return anonymous().document("{ resourceTypes { code } }")
			.execute()
			.path("resourceTypes[*].code")
			.entityList(String.class)
			.get();
	}

	private void expect(Map<String, Object> input, String code) {
		create(demo("demo-worker"), input).path("createResource.userErrors[*].code")
			.entityList(String.class)
			.contains(code);
	}

	private List<String> names(HttpGraphQlTester tester, Map<String, Object> filter) {
		return tester.document(LIST)
			.variable("f", filter)
			.variable("first", 100)
			.execute()
			.path("resources.edges[*].node.name")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response create(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(CREATE).variable("input", input).execute();
	}

	static Map<String, Object> input(String name, String subType, String visibility) {
		Map<String, Object> input = new HashMap<>();
		input.put("subType", subType);
		input.put("name", name);
		input.put("visibility", visibility);
		input.put("location", Map.of("lat", 30.6265, "lng", 104.0468));
		input.put("contactPhone", "028-87654321");
		input.put("communityIds", List.of(GlobalId.encode("Community", 1)));
		input.put("needCategories", List.of("MEDICAL"));
		return input;
	}

	static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
		input.put(key, value);
		return input;
	}

}
