package org.stationatlas.resourcemap;

import org.stationatlas.geo.CoordSystem;
import org.stationatlas.resourcemap.ResourceMapInputs.BBoxInput;
import org.stationatlas.resourcemap.ResourceMapInputs.ResourceMapFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry point for the resource map.
 */
@Controller
class ResourceMapController {

	private final ResourceMapService service;

	ResourceMapController(ResourceMapService service) {
		this.service = service;
	}

	@QueryMapping
	ResourceMap resourceMap(@Argument BBoxInput bbox, @Argument int zoom, @Argument ResourceMapFilter filter,
			@Argument CoordSystem coordSystem) {
		return this.service.resourceMap(bbox, zoom, filter, coordSystem);
	}

}
