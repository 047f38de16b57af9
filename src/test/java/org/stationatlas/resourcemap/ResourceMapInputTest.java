package org.stationatlas.resourcemap;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad map requests are refused as a whole, with a stable reason and a Chinese message.
 */
class ResourceMapInputTest extends ResourceMapTestBase {

	@Test
	void refusesBadBoxes() {
		refused(box(31.28, 121.35, 31.15, 121.5), 12, null, "INVALID_BBOX");
		refused(box(31.15, 121.5, 31.28, 121.35), 12, null, "INVALID_BBOX");
		refused(box(31.15, 121.35, 91, 121.5), 12, null, "COORDINATE_OUT_OF_RANGE");
		refused(box(31.15, -181, 31.28, 121.5), 12, null, "COORDINATE_OUT_OF_RANGE");
	}

	@Test
	void refusesZoomsOutOfRange() {
		refused(AREA, 0, null, "ZOOM_OUT_OF_RANGE");
		refused(AREA, 21, null, "ZOOM_OUT_OF_RANGE");
	}

	@Test
	void refusesTooManyCells() {
		refused(box(18, 73, 54, 135), 14, null, "AREA_TOO_LARGE");
		refused(AREA, 15, null, "AREA_TOO_LARGE");
		// The whole world is fine at the lowest zoom.
		map(anonymous(), box(-90, -180, 90, 180), 1, null, null).path("resourceMap.clusters[*].geohash")
			.entityList(String.class)
			.contains(CELL_A.substring(0, 2));
	}

	@Test
	void refusesTypeCodesThatAreNotCodes() {
		refused(AREA, 12, Map.of("typeCodes", List.of("CLINIC'; --")), "INVALID_TYPE_CODE");
	}

	private void refused(Map<String, Object> bbox, int zoom, Map<String, Object> filter, String reason) {
		map(anonymous(), bbox, zoom, filter, null).errors()
			.satisfy((errors) -> assertThat(errors).as(reason).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("reason", reason);
				assertThat(error.getMessage()).containsPattern("\\p{IsHan}");
			}));
	}

}
