package org.stationatlas.resource;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.resource.ResourceInputs.ResourceFilter;
import org.stationatlas.resource.ResourceInputs.ResourcePayload;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.NodeLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for the resources library and its taxonomy.
 */
@Controller
class ResourceController implements NodeLoader {

	private final ResourceService resources;

	private final TaxonomyService taxonomy;

	private final ResourceMapper mapper;

	private final CommunityService communities;

	ResourceController(ResourceService resources, TaxonomyService taxonomy, ResourceMapper mapper,
			CommunityService communities) {
		this.resources = resources;
		this.taxonomy = taxonomy;
		this.mapper = mapper;
		this.communities = communities;
	}

	@QueryMapping
	ResourceConnection resources(@Argument ResourceFilter filter, @Argument ResourceInputs.OrderBy orderBy,
			@Argument Integer first, @Argument String after) {
		return this.resources.find((filter != null) ? filter : ResourceFilter.NONE,
				(orderBy != null) ? orderBy.field() : null, first, after);
	}

	@QueryMapping
	ResourceConnection staleResources(@Argument Integer first, @Argument String after) {
		return this.resources.findStale(first, after);
	}

	@QueryMapping
	Resource resource(@Argument String id) {
		return this.resources.findOne(id);
	}

	@QueryMapping
	List<ResourceType> resourceTypes(@Argument ResourceDimension dimension) {
		return this.taxonomy.all().stream().filter((t) -> dimension == null || t.dimension() == dimension).toList();
	}

	/**
	 * Note that storage is WGS-84; a client drawing on a WeChat or Baidu map asks for its
	 * own system.
	 */
	@SchemaMapping(typeName = "Resource", field = "location")
	GeoPoint location(Resource resource, @Argument CoordSystem coordSystem) {
		GeoPoint stored = resource.location();
		return (stored == null || coordSystem == null) ? stored : coordSystem.fromWgs84(stored);
	}

	@MutationMapping
	ResourcePayload createResource(@Argument ResourceInputs.ResourceInput input) {
		return this.resources.create(input);
	}

	@MutationMapping
	ResourcePayload updateResource(@Argument ResourceInputs.ResourceInput input) {
		return this.resources.update(input);
	}

	@MutationMapping
	ResourcePayload verifyResource(@Argument ResourceInputs.ResourceRef input) {
		return this.resources.verify(input);
	}

	@MutationMapping
	ResourcePayload archiveResource(@Argument ResourceInputs.ResourceRef input) {
		return this.resources.archive(input);
	}

	@MutationMapping
	ResourceInputs.ResourceTypePayload createResourceType(@Argument ResourceInputs.CreateResourceTypeInput input) {
		return this.taxonomy.create(input);
	}

	@BatchMapping(typeName = "Resource", field = "serviceCommunities")
	Map<Resource, List<Community>> serviceCommunities(List<Resource> list) {
		Map<Long, List<ResourceMapper.Child>> children = children(list);
		Map<Long, Community> byKey = this.communities.findByKeys(children.values()
			.stream()
			.flatMap(List::stream)
			.filter((c) -> c.kind().equals("COMMUNITY"))
			.map((c) -> Long.parseLong(c.value()))
			.collect(Collectors.toSet()));
		Map<Resource, List<Community>> result = new LinkedHashMap<>();
		list.forEach((r) -> result.put(r,
				children.getOrDefault(r.key(), List.of())
					.stream()
					.filter((c) -> c.kind().equals("COMMUNITY"))
					.map((c) -> byKey.get(Long.parseLong(c.value())))
					.filter((c) -> c != null)
					.toList()));
		return result;
	}

	@BatchMapping(typeName = "Resource", field = "needCategories")
	Map<Resource, List<String>> needCategories(List<Resource> list) {
		return values(list, "NEED");
	}

	@BatchMapping(typeName = "Resource", field = "eligibleCategories")
	Map<Resource, List<String>> eligibleCategories(List<Resource> list) {
		return values(list, "ELIGIBLE");
	}

	private Map<Resource, List<String>> values(List<Resource> list, String kind) {
		Map<Long, List<ResourceMapper.Child>> children = children(list);
		Map<Resource, List<String>> result = new LinkedHashMap<>();
		list.forEach((r) -> result.put(r,
				children.getOrDefault(r.key(), List.of())
					.stream()
					.filter((c) -> c.kind().equals(kind))
					.map(ResourceMapper.Child::value)
					.sorted()
					.toList()));
		return result;
	}

	private Map<Long, List<ResourceMapper.Child>> children(List<Resource> list) {
		return this.mapper.findChildren(list.stream().map(Resource::key).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.groupingBy(ResourceMapper.Child::resourceKey));
	}

	@Override
	public String typeName() {
		return Resource.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.resources.findVisible(keys);
	}

}
