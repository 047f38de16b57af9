package org.stationatlas.geo;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code GeoPoint.converted(to:)}: any WGS-84 point of the API in the coordinate system a
 * client draws with.
 */
@Controller
class GeoPointController {

	@SchemaMapping(typeName = "GeoPoint", field = "converted")
	GeoPoint converted(GeoPoint point, @Argument CoordSystem to) {
		return to.fromWgs84(point);
	}

}
