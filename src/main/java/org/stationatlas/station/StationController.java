package org.stationatlas.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.stationatlas.system.ApiException;
import org.stationatlas.system.Connection;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.NodeLoader;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for stations.
 */
@Controller
class StationController implements NodeLoader {

	private final StationService stations;

	StationController(StationService stations) {
		this.stations = stations;
	}

	@QueryMapping
	Connection<Station> stations(@Argument StationFilter filter, @Argument Integer first, @Argument String after) {
		return this.stations.find((filter != null) ? filter : StationFilter.NONE, PageRequest.of(first, after));
	}

	@QueryMapping
	Station station(@Argument String id) {
		long key = GlobalId.decode(id, Station.TYPE);
		Station station = this.stations.findByKeys(List.of(key)).get(key);
		if (station == null) {
			throw ApiException.notFound("找不到该社工站");
		}
		return station;
	}

	@MutationMapping
	StationInputs.StationPayload createStation(@Argument StationInputs.StationInput input) {
		return this.stations.create(input);
	}

	@MutationMapping
	StationInputs.StationPayload updateStation(@Argument StationInputs.StationInput input) {
		return this.stations.update(input);
	}

	@Override
	public String typeName() {
		return Station.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.stations.findByKeys(keys);
	}

}
