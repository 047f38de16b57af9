package org.stationatlas.community;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.stationatlas.station.Station;
import org.stationatlas.station.StationService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the children of many communities at once, one statement per kind of child.
 */
@Component
class CommunityChildren {

	private final CommunityMapper mapper;

	private final StationService stations;

	CommunityChildren(CommunityMapper mapper, StationService stations) {
		this.mapper = mapper;
		this.stations = stations;
	}

	Map<Community, Station> stations(List<Community> communities) {
		Set<Long> keys = communities.stream().map(Community::stationKey).collect(Collectors.toSet());
		Map<Long, Station> byKey = this.stations.findByKeys(keys);
		Map<Community, Station> result = new LinkedHashMap<>();
		communities.forEach((c) -> result.put(c, byKey.get(c.stationKey())));
		return result;
	}

	@Transactional(readOnly = true)
	public Map<Community, List<String>> roads(List<Community> communities) {
		Map<Long, List<String>> byKey = this.mapper.findRoads(keys(communities))
			.stream()
			.collect(Collectors.groupingBy(Road::communityKey, Collectors.mapping(Road::name, Collectors.toList())));
		Map<Community, List<String>> result = new LinkedHashMap<>();
		communities.forEach((c) -> result.put(c, byKey.getOrDefault(c.key(), List.of())));
		return result;
	}

	@Transactional(readOnly = true)
	public Map<Community, List<Place>> places(List<Community> communities, PlaceRole role) {
		Map<Long, List<Place>> byKey = this.mapper.findPlaces(keys(communities), role)
			.stream()
			.collect(Collectors.groupingBy(Place::communityKey));
		Map<Community, List<Place>> result = new LinkedHashMap<>();
		communities.forEach((c) -> result.put(c, byKey.getOrDefault(c.key(), List.of())));
		return result;
	}

	private static Set<Long> keys(List<Community> communities) {
		return communities.stream().map(Community::key).collect(Collectors.toSet());
	}

}
