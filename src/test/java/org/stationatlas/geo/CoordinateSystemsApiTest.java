package org.stationatlas.geo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Clients on WeChat (GCJ-02) or Baidu (BD-09) maps ask and receive points in their own
 * system.
 */
class CoordinateSystemsApiTest extends ApiTest {

	static final GeoPoint INSIDE_COMMUNITY_1 = new GeoPoint(30.626436, 104.046772);

	@Test
	void communityAtAcceptsTheCoordinatesOfTheMiniProgramsMap() {
		GeoPoint gcj = CoordSystem.GCJ02.fromWgs84(INSIDE_COMMUNITY_1);
		assertThat(gcj.lat()).isNotEqualTo(INSIDE_COMMUNITY_1.lat());
		anonymous().document(
				"query($lat: Float!, $lng: Float!) { communityAt(lat: $lat, lng: $lng, coordSystem: GCJ02) { name } }")
			.variable("lat", gcj.lat())
			.variable("lng", gcj.lng())
			.execute()
			.path("communityAt.name")
			.entity(String.class)
			.isEqualTo("柳塘社区");
	}

	@Test
	void pointsAndBoundariesComeBackInTheRequestedSystem() {
		var response = anonymous().document("""
				{ community(id: "Q29tbXVuaXR5OjE") { center { lat lng converted(to: GCJ02) { lat lng } }
				  wgs: boundary gcj: boundary(coordSystem: GCJ02) } }""").execute();
		Map<String, Object> center = response.path("community.center").entity(Map.class).get();
		Map<String, Object> converted = (Map<String, Object>) center.get("converted");
		GeoPoint expected = CoordSystem.GCJ02.fromWgs84(
				new GeoPoint(((Number) center.get("lat")).doubleValue(), ((Number) center.get("lng")).doubleValue()));
		assertThat(((Number) converted.get("lat")).doubleValue()).isCloseTo(expected.lat(), offset(1e-9));
		List<List<List<Double>>> wgs = response.path("community.wgs.coordinates").entity(List.class).get();
		List<List<List<Double>>> gcj = response.path("community.gcj.coordinates").entity(List.class).get();
		GeoPoint firstWgs = new GeoPoint(wgs.get(0).get(0).get(1), wgs.get(0).get(0).get(0));
		GeoPoint shifted = CoordSystem.GCJ02.fromWgs84(firstWgs);
		assertThat(gcj.get(0).get(0).get(1)).isCloseTo(shifted.lat(), offset(1e-9));
		assertThat(gcj.get(0).get(0).get(0)).isCloseTo(shifted.lng(), offset(1e-9));
	}

}
