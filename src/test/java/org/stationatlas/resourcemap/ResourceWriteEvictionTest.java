package org.stationatlas.resourcemap;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.geo.GeoPoint;
import org.stationatlas.security.Role;

/**
 * A resource written through the API is on the public map at once: the write evicts the
 * cached tiles within the same request.
 */
class ResourceWriteEvictionTest extends ResourceMapTestBase {

	@Test
	void aCreatedResourceIsOnThePublicMapRightAway() {
		map(anonymous(), AREA, 12, null, null).path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 2);
		GeoPoint at = near(CELL_B, 2);
		as(Role.SOCIAL_WORKER, DEMO_STATION_1).document("""
				mutation($input: ResourceInput!) { createResource(input: $input) {
				  resource { id } userErrors { code } } }""")
			.variable("input",
					Map.of("subType", "VENUE", "name", PREFIX + "B新场地", "visibility", "PUBLIC", "location",
							Map.of("lat", at.lat(), "lng", at.lng())))
			.execute()
			.path("createResource.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		map(anonymous(), AREA, 12, null, null).path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 3);
	}

}
