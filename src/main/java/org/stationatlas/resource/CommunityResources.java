package org.stationatlas.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.stationatlas.community.Community;
import org.stationatlas.resource.ResourceEnums.ResourceOrder;
import org.stationatlas.resource.ResourceInputs.ResourceFilter;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@code Community.resources}: the first page (by name) of the resources serving each
 * community, batched through a DataLoader so that a list of communities costs one
 * windowed query, one load and one grouped count if asked. A later page ({@code after})
 * is one community's own query.
 */
@Controller
class CommunityResources {

	static final String LOADER = "communityResources";

	private final ResourceService resources;

	private final ResourceMapper mapper;

	CommunityResources(ResourceService resources, ResourceMapper mapper, BatchLoaderRegistry registry) {
		this.resources = resources;
		this.mapper = mapper;
		registry.<Key, ResourceConnection>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	/** One community's first page of a given size. */
	record Key(long communityKey, int first) {
	}

	@SchemaMapping(typeName = "Community", field = "resources")
	CompletableFuture<ResourceConnection> resources(Community community, @Argument Integer first,
			@Argument String after, DataLoader<Key, ResourceConnection> communityResources) {
		if (after != null) {
			ResourceFilter filter = new ResourceFilter(null, null, null,
					GlobalId.encode(Community.TYPE, community.key()), null, null, null, null, null, null, null);
			return CompletableFuture.completedFuture(this.resources.find(filter, ResourceOrder.NAME, first, after));
		}
		return communityResources.load(new Key(community.key(), PageRequest.of(first, null).first()));
	}

	private Map<Key, ResourceConnection> load(Set<Key> keys) {
		Map<Key, ResourceConnection> result = new HashMap<>();
		ResourceQuery view = this.resources.visibilityOnly();
		keys.stream().collect(Collectors.groupingBy(Key::first)).forEach((first, members) -> {
			Set<Long> communities = members.stream().map(Key::communityKey).collect(Collectors.toSet());
			List<ResourceMapper.Link> links = this.mapper.findFirstPerCommunity(communities, view, first + 1);
			Map<Long, Resource> rows = this.mapper
				.findByKeys(links.stream().map(ResourceMapper.Link::resourceKey).collect(Collectors.toSet()), view)
				.stream()
				.collect(Collectors.toMap(Resource::key, Function.identity()));
			Supplier<Map<Long, Long>> counts = SingletonSupplier
				.of(() -> this.mapper.countPerCommunity(communities, view)
					.stream()
					.collect(Collectors.toMap(ResourceMapper.Link::communityKey, ResourceMapper.Link::resourceKey)));
			for (Key key : members) {
				List<Resource> page = links.stream()
					.filter((l) -> l.communityKey() == key.communityKey())
					.map((l) -> rows.get(l.resourceKey()))
					.filter((r) -> r != null)
					.toList();
				result.put(key, ResourceConnection.of(page, first, ResourceOrder.NAME, false,
						() -> counts.get().getOrDefault(key.communityKey(), 0L)));
			}
		});
		return result;
	}

}
