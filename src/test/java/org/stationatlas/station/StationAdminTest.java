package org.stationatlas.station;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platform administrators add and edit stations; nobody else does.
 */
class StationAdminTest extends ApiTest {

	static final String CREATE = """
			mutation($input: CreateStationInput!) { createStation(input: $input) {
			  station { id name kind version contactPhone location { lat lng } } userErrors { field code } } }""";

	static final String UPDATE = """
			mutation($input: UpdateStationInput!) { updateStation(input: $input) {
			  station { name version address } userErrors { code } } }""";

	@Test
	void aPlatformAdminCreatesAndEditsAStationWithAVersionCheck() {
		String name = "测试新建社工站" + System.nanoTime();
		var created = demo("demo-admin").document(CREATE)
			.variable("input",
					Map.of("name", name, "kind", "STREET_STATION", "district", "测试区", "address", "某镇某路1号",
							"contactPhone", "028 8765 4321", "location", Map.of("lat", 30.6, "lng", 104.05)))
			.execute();
		created.path("createStation.station.contactPhone").entity(String.class).isEqualTo("028-87654321");
		String id = created.path("createStation.station.id").entity(String.class).get();
		demo("demo-admin").document(UPDATE)
			.variable("input", Map.of("id", id, "version", 0, "address", "某镇新路2号"))
			.execute()
			.path("updateStation.station.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateStation.station.name")
			.entity(String.class)
			.isEqualTo(name);
		demo("demo-admin").document(UPDATE)
			.variable("input", Map.of("id", id, "version", 0, "address", "覆盖"))
			.execute()
			.path("updateStation.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("VERSION_CONFLICT");
	}

	@Test
	void stationStaffCannotCreateOrEditStations() {
		int before = count("station");
		for (String user : new String[] { "demo-station-admin", "demo-worker" }) {
			demo(user).document(CREATE)
				.variable("input", Map.of("name", "越权站", "kind", "STREET_STATION", "district", "区", "address", "址"))
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
		}
		withApiKey("demo-partner-key").document(CREATE)
			.variable("input", Map.of("name", "越权站", "kind", "STREET_STATION", "district", "区", "address", "址"))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(count("station")).isEqualTo(before);
	}

	@Test
	void badStationsAreRefusedAndWriteNothing() {
		int before = count("station");
		var response = demo("demo-admin").document(CREATE)
			.variable("input",
					Map.of("name", "锦禾区禾丰街道社会工作服务站", "kind", "STREET_STATION", "district", "锦禾区", "address",
							"址".repeat(201), "contactPhone", "not a phone", "location", Map.of("lat", 91, "lng", 0)))
			.execute();
		assertThat(response.path("createStation.userErrors[*].code").entityList(String.class).get())
			.contains("TOO_LONG", "INVALID_PHONE", "COORDINATE_OUT_OF_RANGE");
		demo("demo-admin").document(CREATE)
			.variable("input",
					Map.of("name", "锦禾区禾丰街道社会工作服务站", "kind", "STREET_STATION", "district", "锦禾区", "address", "址"))
			.execute()
			.path("createStation.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("DUPLICATE_NAME");
		assertThat(count("station")).isEqualTo(before);
	}

}
