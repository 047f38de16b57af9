package org.stationatlas.community;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.stationatlas.community.CommunityInputs.ArchiveCommunityInput;
import org.stationatlas.community.CommunityInputs.CommunityFilter;
import org.stationatlas.community.CommunityInputs.CreateCommunityInput;
import org.stationatlas.community.CommunityInputs.UpdateCommunityInput;
import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoJsonConversion;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.station.Station;
import org.stationatlas.system.Connection;
import org.stationatlas.system.NodeLoader;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for the community map. Child fields of communities are batched: a
 * page of communities costs one statement per child field, not one per community.
 */
@Controller
class CommunityController implements NodeLoader {

	private final CommunityService communities;

	private final CommunityChildren children;

	CommunityController(CommunityService communities, CommunityChildren children) {
		this.communities = communities;
		this.children = children;
	}

	@QueryMapping
	Connection<Community> communities(@Argument CommunityFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.communities.find((filter != null) ? filter : CommunityFilter.NONE, PageRequest.of(first, after));
	}

	@QueryMapping
	Community community(@Argument String id) {
		return this.communities.findOne(id);
	}

	@QueryMapping
	Community communityAt(@Argument Double lat, @Argument Double lng, @Argument CoordSystem coordSystem) {
		if (coordSystem != null && lat != null && lng != null && GeoPoint.inRange(lat, lng)) {
			GeoPoint wgs84 = coordSystem.toWgs84(lat, lng);
			return this.communities.locate(wgs84.lat(), wgs84.lng());
		}
		return this.communities.locate(lat, lng);
	}

	@SchemaMapping(typeName = "Community", field = "boundary")
	Map<String, Object> boundary(Community community, @Argument CoordSystem coordSystem) {
		return GeoJsonConversion.convert(community.boundary(), coordSystem);
	}

	@MutationMapping
	CommunityPayload createCommunity(@Argument CreateCommunityInput input) {
		return this.communities.create(input);
	}

	@MutationMapping
	CommunityPayload updateCommunity(@Argument UpdateCommunityInput input) {
		return this.communities.update(input);
	}

	@MutationMapping
	CommunityPayload archiveCommunity(@Argument ArchiveCommunityInput input) {
		return this.communities.archive(input);
	}

	@BatchMapping
	Map<Community, Station> station(List<Community> communities) {
		return this.children.stations(communities);
	}

	@BatchMapping
	Map<Community, List<String>> mainRoads(List<Community> communities) {
		return this.children.roads(communities);
	}

	@BatchMapping
	Map<Community, List<Place>> keyUnits(List<Community> communities) {
		return this.children.places(communities, PlaceRole.KEY_UNIT);
	}

	@BatchMapping
	Map<Community, List<Place>> landmarks(List<Community> communities) {
		return this.children.places(communities, PlaceRole.LANDMARK);
	}

	@Override
	public String typeName() {
		return Community.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.communities.findByKeys(keys);
	}

}
