package org.stationatlas.distribution;

import java.util.List;

import org.stationatlas.distribution.DistributionInputs.DistributionArea;
import org.stationatlas.distribution.DistributionInputs.DistributionFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry point for the service-recipient distribution map (服务对象分布图).
 */
@Controller
class DistributionController {

	private final DistributionService service;

	DistributionController(DistributionService service) {
		this.service = service;
	}

	@QueryMapping
	ResidentDistribution residentDistribution(@Argument DistributionArea area, @Argument int zoom,
			@Argument DistributionFilter filter) {
		return this.service.distribution(area, zoom, filter);
	}

	/** Note that the points are loaded only when a client selects them. */
	@SchemaMapping
	List<DistributionPoint> points(ResidentDistribution distribution) {
		return this.service.points(distribution.query());
	}

}
