package org.stationatlas.community;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing the community map: create, update with a version check, archive, who may do it,
 * and the cache.
 */
class CommunityMutationTest extends ApiTest {

	/**
	 * A station of its own, so these tests never change what the demo-data tests count.
	 */
	static final long TEST_STATION = 900;

	static final String CREATE = """
			mutation($input: CreateCommunityInput!) { createCommunity(input: $input) {
			  community { id name version center { lat lng } boundary mainRoads keyUnits { name kind } landmarks { name }
			    station { name } }
			  userErrors { field message code } } }""";

	static final String UPDATE = """
			mutation($input: UpdateCommunityInput!) { updateCommunity(input: $input) {
			  community { id name version mainRoads households } userErrors { field message code } } }""";

	static final String ARCHIVE = """
			mutation($input: ArchiveCommunityInput!) { archiveCommunity(input: $input) {
			  community { id archived archivedAt version } userErrors { code } } }""";

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	StringRedisTemplate redis;

	@BeforeEach
	void testStation() {
		this.jdbc.update("""
				INSERT IGNORE INTO station (id, name, kind, district, street, address, created_at, updated_at)
				VALUES (900, '测试社工站', 'STREET_STATION', '测试区', '测试街道', '测试路1号', NOW(), NOW())""");
	}

	@Test
	void stationAdminCreatesACommunityWithItsMap() {
		String name = unique("幸福里社区🏡");
		Map<String, Object> input = input(name, 31.10);
		input.put("mainRoads", List.of("幸福路", "和平街"));
		input.put("keyUnits", List
			.of(Map.of("name", "幸福里卫生服务站", "kind", "CLINIC", "location", Map.of("lat", 31.1005, "lng", 105.0005))));
		input.put("landmarks", List.of(Map.of("name", "幸福广场", "kind", "SQUARE")));
		GraphQlTester.Response response = create(stationAdmin(TEST_STATION), input);
		response.path("createCommunity.userErrors").entityList(Map.class).hasSize(0);
		response.path("createCommunity.community.name").entity(String.class).isEqualTo(name);
		response.path("createCommunity.community.version").entity(Integer.class).isEqualTo(0);
		response.path("createCommunity.community.mainRoads").entityList(String.class).containsExactly("幸福路", "和平街");
		response.path("createCommunity.community.keyUnits[0].kind").entity(String.class).isEqualTo("CLINIC");
		response.path("createCommunity.community.landmarks[0].name").entity(String.class).isEqualTo("幸福广场");
		response.path("createCommunity.community.station.name").entity(String.class).isEqualTo("测试社工站");
		// No centre given: one inside the boundary is derived.
		response.path("createCommunity.community.center.lat")
			.entity(Double.class)
			.satisfies((lat) -> assertThat(lat).isBetween(31.10, 31.11));
		assertThat(this.jdbc.queryForObject("SELECT name FROM community WHERE name = ?", String.class, name))
			.isEqualTo(name);
	}

	@Test
	void anonymousCallersAndStaffWithoutPermissionWriteNothing() {
		int before = count("community");
		create(anonymous(), input(unique("匿名社区"), 31.2)).errors()
			.expect((e) -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")))
			.verify();
		create(readOnlyStaff(TEST_STATION), input(unique("无权社区"), 31.2)).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(count("community")).isEqualTo(before);
	}

	@Test
	void aStationCannotWriteAnotherStationsMapButThePlatformAdminCan() {
		int before = count("community");
		create(stationAdmin(DEMO_STATION_2), input(unique("越权社区"), 31.3)).path("createCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		assertThat(count("community")).isEqualTo(before);
		create(platformAdmin(), input(unique("平台建的社区"), 31.3)).path("createCommunity.userErrors")
			.entityList(Map.class)
			.hasSize(0);
		assertThat(count("community")).isEqualTo(before + 1);
		// Editing a demo community of station 1 from station 2 looks exactly like editing
		// one that does not exist.
		update(stationAdmin(DEMO_STATION_2), Map.of("id", GlobalId.encode("Community", 1), "version", 0, "name", "改名"))
			.path("updateCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void badInputIsRefusedWithAClearErrorAndWritesNothing() {
		List<String> failures = new ArrayList<>();
		String taken = unique("已存在社区");
		create(stationAdmin(TEST_STATION), withAdminCode(input(taken, 31.4), "510199900001"));
		int before = count("community");
		int placesBefore = count("community_place");
		expectUserError(failures, "REQUIRED", input("  ", 31.5));
		expectUserError(failures, "TOO_LONG", input("长".repeat(51), 31.5));
		expectUserError(failures, "INVALID_CHARACTERS", input("社区\u0000名", 31.5));
		expectUserError(failures, "DUPLICATE_NAME", input(taken, 31.5));
		expectUserError(failures, "DUPLICATE_ADMIN_CODE", withAdminCode(input(unique("重码社区"), 31.5), "510199900001"));
		expectUserError(failures, "INVALID_ADMIN_CODE", withAdminCode(input(unique("社区"), 31.5), "12345"));
		expectUserError(failures, "OUT_OF_RANGE", with(input(unique("社区"), 31.5), "households", -1));
		expectUserError(failures, "COORDINATE_OUT_OF_RANGE",
				with(input(unique("社区"), 31.5), "center", Map.of("lat", 95.0, "lng", 105.0)));
		expectUserError(failures, "CENTER_OUTSIDE_BOUNDARY",
				with(input(unique("社区"), 31.5), "center", Map.of("lat", 31.7, "lng", 105.0)));
		expectUserError(failures, "RING_NOT_CLOSED",
				with(input(unique("社区"), 31.5), "boundary", Map.of("type", "Polygon", "coordinates", List.of(List
					.of(List.of(105.0, 31.5), List.of(105.01, 31.5), List.of(105.01, 31.51), List.of(105.0, 31.51))))));
		expectUserError(failures, "INVALID_TOPOLOGY",
				with(input(unique("社区"), 31.5), "boundary",
						Map.of("type", "Polygon", "coordinates",
								List.of(List.of(List.of(105.0, 31.5), List.of(105.01, 31.51), List.of(105.01, 31.5),
										List.of(105.0, 31.51), List.of(105.0, 31.5))))));
		expectUserError(failures, "COORDINATE_OUT_OF_RANGE",
				with(input(unique("社区"), 31.5), "boundary", Map.of("type", "Polygon", "coordinates", List.of(List
					.of(List.of(185.0, 31.5), List.of(105.01, 31.5), List.of(105.01, 31.51), List.of(185.0, 31.5))))));
		expectUserError(failures, "UNSUPPORTED_GEOMETRY", with(input(unique("社区"), 31.5), "boundary",
				Map.of("type", "Point", "coordinates", List.of(105.0, 31.5))));
		expectUserError(failures, "TOO_MANY",
				with(input(unique("社区"), 31.5), "mainRoads", Collections.nCopies(51, "路")));
		expectUserError(failures, "COORDINATE_OUT_OF_RANGE", with(input(unique("社区"), 31.5), "keyUnits",
				List.of(Map.of("name", "诊所", "kind", "CLINIC", "location", Map.of("lat", 31.5, "lng", 200.0)))));
		assertThat(failures).isEmpty();
		assertThat(count("community")).isEqualTo(before);
		assertThat(count("community_place")).isEqualTo(placesBefore);
	}

	@Test
	void badUpdatesAndArchivesChangeNothing() {
		String name = unique("坏更新社区");
		String id = createdId(name, 32.1, List.of("原路"));
		String before = this.jdbc.queryForObject(
				"SELECT CONCAT(name, version, boundary_geojson) FROM community WHERE name = ?", String.class, name);
		update(stationAdmin(TEST_STATION), Map.of("id", "不是ID", "version", 0, "name", "x")).errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
		update(stationAdmin(TEST_STATION),
				Map.of("id", id, "version", 0, "mainRoads", List.of("新路"), "boundary",
						Map.of("type", "Polygon", "coordinates",
								List.of(List.of(List.of(105.0, 32.1), List.of(105.01, 32.11), List.of(105.01, 32.1),
										List.of(105.0, 32.11), List.of(105.0, 32.1))))))
			.path("updateCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("INVALID_TOPOLOGY");
		update(stationAdmin(TEST_STATION), Map.of("id", id, "version", 0, "name", "名".repeat(60)))
			.path("updateCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("TOO_LONG");
		stationAdmin(TEST_STATION).document(ARCHIVE)
			.variable("input", Map.of("id", id, "version", 7))
			.execute()
			.path("archiveCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("VERSION_CONFLICT");
		stationAdmin(TEST_STATION).document(ARCHIVE)
			.variable("input", Map.of("id", GlobalId.encode("Station", 1), "version", 0))
			.execute()
			.errors()
			.expect((e) -> "INVALID_ID".equals(e.getExtensions().get("reason")))
			.verify();
		assertThat(this.jdbc.queryForObject(
				"SELECT CONCAT(name, version, boundary_geojson) FROM community WHERE name = ?", String.class, name))
			.isEqualTo(before);
		assertThat(this.jdbc.queryForList(
				"SELECT r.name FROM community_road r JOIN community c ON c.id = r.community_id WHERE c.name = ?",
				String.class, name))
			.containsExactly("原路");
	}

	@Test
	void unknownEnumValuesAreRefusedBeforeAnythingRuns() {
		int before = count("community");
		Map<String, Object> input = input(unique("枚举社区"), 31.6);
		input.put("keyUnits", List.of(Map.of("name", "某单位", "kind", "SPACESHIP")));
		create(stationAdmin(TEST_STATION), input).errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(count("community")).isEqualTo(before);
	}

	@Test
	void updatesNeedTheCurrentVersionSoNoEditIsSilentlyLost() {
		String id = createdId(unique("版本社区"), 31.7, List.of("一号路"));
		update(stationAdmin(TEST_STATION), Map.of("id", id, "version", 0, "households", 1200))
			.path("updateCommunity.community.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateCommunity.community.mainRoads")
			.entityList(String.class)
			.containsExactly("一号路");
		update(stationAdmin(TEST_STATION), Map.of("id", id, "version", 0, "households", 999))
			.path("updateCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("VERSION_CONFLICT")
			.path("updateCommunity.community")
			.valueIsNull();
		update(stationAdmin(TEST_STATION), Map.of("id", id, "version", 1, "mainRoads", List.of("二号路", "三号路")))
			.path("updateCommunity.community.mainRoads")
			.entityList(String.class)
			.containsExactly("二号路", "三号路")
			.path("updateCommunity.community.households")
			.entity(Integer.class)
			.isEqualTo(1200);
	}

	@Test
	void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
		String id = createdId(unique("并发社区"), 31.8, List.of());
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<String>> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			int households = 100 + i;
			results.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return update(stationAdmin(TEST_STATION), Map.of("id", id, "version", 0, "households", households))
					.returnResponse()
					.field("updateCommunity.userErrors[0].code")
					.getValue();
			}));
		}
		start.countDown();
		List<String> codes = results.stream().map(CompletableFuture::join).toList();
		assertThat(codes).containsExactlyInAnyOrder(null, "VERSION_CONFLICT");
		assertThat(this.jdbc.queryForObject("SELECT version FROM community WHERE id = ?", Integer.class,
				GlobalId.decode(id, "Community")))
			.isEqualTo(1);
	}

	@Test
	void archivedCommunitiesLeaveListsAndTheMapButStayReadable() {
		String name = unique("归档社区");
		String id = createdId(name, 31.9, List.of());
		assertThat(nameAt(31.905, 105.005)).isEqualTo(name);
		archive(Map.of("id", id, "version", 0)).path("archiveCommunity.community.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(nameAt(31.905, 105.005)).isNull();
		anonymous().document("{ communities(filter: {text: \"%s\"}) { totalCount } }".formatted(name))
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		anonymous()
			.document("{ communities(filter: {text: \"%s\", includeArchived: true}) { totalCount } }".formatted(name))
			.execute()
			.path("communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		anonymous().document("{ community(id: \"%s\") { name archived } }".formatted(id))
			.execute()
			.path("community.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		archive(Map.of("id", id, "version", 1)).path("archiveCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("ARCHIVED");
		update(stationAdmin(TEST_STATION), Map.of("id", id, "version", 1, "name", "复活"))
			.path("updateCommunity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("ARCHIVED");
	}

	@Test
	void communityAtIsCachedInRedisAndAWriteEvictsIt() {
		double lat = 32.005;
		double lng = 105.005;
		assertThat(nameAt(lat, lng)).isNull();
		assertThat(this.redis.keys("station-atlas:communityAt::*")).isNotEmpty();
		String name = unique("缓存社区");
		createdId(name, 32.0, List.of());
		assertThat(nameAt(lat, lng)).isEqualTo(name);
	}

	// --- helpers ---

	private void expectUserError(List<String> failures, String code, Map<String, Object> input) {
		List<Map<String, Object>> errors = create(stationAdmin(TEST_STATION), input).returnResponse()
			.field("createCommunity.userErrors")
			.getValue();
		List<Object> codes = errors.stream().map((e) -> e.get("code")).toList();
		if (!codes.contains(code)) {
			failures.add("expected " + code + " but got " + codes + " for " + input.get("name"));
		}
	}

	private String createdId(String name, double lat, List<String> roads) {
		Map<String, Object> input = input(name, lat);
		input.put("mainRoads", roads);
		return create(stationAdmin(TEST_STATION), input).path("createCommunity.community.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response create(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(CREATE).variable("input", input).execute();
	}

	private GraphQlTester.Response update(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(UPDATE).variable("input", input).execute();
	}

	private GraphQlTester.Response archive(Map<String, Object> input) {
		return stationAdmin(TEST_STATION).document(ARCHIVE).variable("input", input).execute();
	}

	private String nameAt(double lat, double lng) {
		return anonymous().document("query($lat: Float!, $lng: Float!) { communityAt(lat: $lat, lng: $lng) { name } }")
			.variable("lat", lat)
			.variable("lng", lng)
			.execute()
			.returnResponse()
			.field("communityAt.name")
			.getValue();
	}

	/**
	 * A community of the test station whose boundary is a 0.01° square with its
	 * south-west corner at (lat, 105).
	 */
	static Map<String, Object> input(String name, double lat) {
		Map<String, Object> input = new HashMap<>();
		input.put("stationId", GlobalId.encode("Station", TEST_STATION));
		input.put("name", name);
		input.put("district", "测试区");
		input.put("street", "测试街道");
		input.put("boundary", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(105.0, lat),
				List.of(105.01, lat), List.of(105.01, lat + 0.01), List.of(105.0, lat + 0.01), List.of(105.0, lat)))));
		return input;
	}

	static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
		input.put(key, value);
		return input;
	}

	static Map<String, Object> withAdminCode(Map<String, Object> input, String code) {
		return with(input, "adminCode", code);
	}

	static String unique(String name) {
		return name + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
	}

}
