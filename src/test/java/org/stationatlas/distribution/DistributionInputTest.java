package org.stationatlas.distribution;

import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.stationatlas.geo.Geohash;
import org.stationatlas.security.Role;
import org.stationatlas.system.GlobalId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the distribution map refuses, each with its reason.
 */
class DistributionInputTest extends DistributionTestBase {

	@Test
	void refusesBadBoxes() {
		refused(box(30.1, 101.9, 30.0, 102.0), 15, "INVALID_BBOX");
		refused(box(30.0, 102.0, 30.1, 101.9), 15, "INVALID_BBOX");
		refused(box(30.0, 101.9, 95.0, 102.0), 15, "COORDINATE_OUT_OF_RANGE");
		refused(box(30.0, -181.0, 30.1, 102.0), 15, "COORDINATE_OUT_OF_RANGE");
		// Sichuan at street level would be tens of millions of cells.
		refused(box(26.0, 97.0, 34.0, 108.0), 20, "AREA_TOO_LARGE");
		refused(box(26.0, 97.0, 34.0, 108.0), 9, "AREA_TOO_LARGE");
	}

	@Test
	void theWholeWorldIsFineAtTheLowestZoom() {
		map(as(Role.SOCIAL_WORKER, STATION), box(-90, -180, 90, 180), 1, null)
			.path("residentDistribution.cells[*].count")
			.entityList(Integer.class)
			.containsExactly(17);
	}

	@Test
	void refusesZoomsOutOfRange() {
		refused(AREA, 0, "ZOOM_OUT_OF_RANGE");
		refused(AREA, 21, "ZOOM_OUT_OF_RANGE");
	}

	@Test
	void refusesBadCommunityIds() {
		refused(Map.of("communityId", "not-an-id"), 15, "INVALID_ID");
		refused(Map.of("communityId", GlobalId.encode("Station", STATION)), 15, "INVALID_ID");
		map(as(Role.SOCIAL_WORKER, STATION), community(999_999), 15, null).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	/**
	 * Note that {@code @oneOf} lets graphql-java refuse these before any of our code
	 * runs.
	 */
	@Test
	void theAreaIsABoxOrACommunityNeverBothOrNeither() {
		Map<String, Object> both = Map.of("bbox", AREA.get("bbox"), "communityId",
				GlobalId.encode("Community", COMMUNITY));
		for (Map<String, Object> area : new Map[] { both, Map.of() }) {
			map(as(Role.SOCIAL_WORKER, STATION), area, 15, null).errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
						.containsEntry("reason", "ValidationError")));
		}
	}

	@Test
	void refusesMorePointsThanTheMapCanShow() {
		Cell cell = Cell.of(30.2, 102.2, 7);
		this.jdbc.batchUpdate("""
				INSERT INTO resident (station_id, community_id, name, gender, status, lat, lng, geohash,
				  created_at, updated_at)
				VALUES (?, ?, '分布测试居民', 'UNKNOWN', 'ACTIVE', ?, ?, ?, NOW(3), NOW(3))""",
				IntStream.range(0, 2001)
					.mapToObj((i) -> new Object[] { STATION, COMMUNITY, cell.center().lat(), cell.center().lng(),
							Geohash.encode(cell.center().lat(), cell.center().lng(), 8) })
					.toList());
		var response = as(Role.SOCIAL_WORKER, STATION).document(POINTS)
			.variable("area", box(30.19, 102.19, 30.21, 102.21))
			.variable("zoom", 15)
			.execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("reason", "TOO_MANY_POINTS");
			assertThat(error.getPath()).isEqualTo("residentDistribution.points");
		}));
		response.path("residentDistribution.cells[0].count").entity(Integer.class).isEqualTo(2001);
	}

	private void refused(Map<String, Object> area, int zoom, String reason) {
		map(as(Role.SOCIAL_WORKER, STATION), area, zoom, null).errors()
			.satisfy((errors) -> assertThat(errors).as(reason).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("reason", reason);
				assertThat(error.getMessage()).containsPattern("\\p{IsHan}");
			}));
	}

	static Map<String, Object> box(double south, double west, double north, double east) {
		return Map.of("bbox", Map.of("south", south, "west", west, "north", north, "east", east));
	}

}
