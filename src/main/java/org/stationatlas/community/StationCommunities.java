package org.stationatlas.community;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.stationatlas.station.Station;
import org.stationatlas.system.Connection;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@code Station.communities}: a page of communities per station. Note that this is
 * batched through a DataLoader keyed by station and page arguments, so a list of stations
 * costs one windowed query (and one grouped count if asked), not one per station.
 */
@Controller
class StationCommunities {

	static final String LOADER = "stationCommunities";

	private final CommunityMapper mapper;

	StationCommunities(CommunityMapper mapper, BatchLoaderRegistry registry) {
		this.mapper = mapper;
		registry.<Key, Connection<Community>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	/** One station's page request. */
	record Key(long stationKey, PageRequest page, boolean includeArchived) {
	}

	@SchemaMapping(typeName = "Station")
	CompletableFuture<Connection<Community>> communities(Station station, @Argument Integer first,
			@Argument String after, @Argument Boolean includeArchived,
			DataLoader<Key, Connection<Community>> stationCommunities) {
		PageRequest page = PageRequest.of(first, after);
		return stationCommunities.load(new Key(station.key(), page, Boolean.TRUE.equals(includeArchived)));
	}

	private Map<Key, Connection<Community>> load(Set<Key> keys) {
		Map<Key, Connection<Community>> result = new HashMap<>();
		Map<Group, List<Key>> groups = keys.stream()
			.collect(Collectors.groupingBy((k) -> new Group(k.page(), k.includeArchived()), LinkedHashMap::new,
					Collectors.toList()));
		groups.forEach((group, members) -> {
			Set<Long> stationKeys = members.stream().map(Key::stationKey).collect(Collectors.toSet());
			Map<Long, List<Community>> rows = this.mapper
				.findFirstPerStation(stationKeys, group.includeArchived(), group.page().afterKey(),
						group.page().fetchSize())
				.stream()
				.collect(Collectors.groupingBy(Community::stationKey));
			Supplier<Map<Long, Long>> counts = SingletonSupplier
				.of(() -> this.mapper.countPerStation(stationKeys, group.includeArchived())
					.stream()
					.collect(Collectors.toMap(CommunityMapper.StationCount::stationKey,
							CommunityMapper.StationCount::total)));
			for (Key key : members) {
				result.put(key, Connection.of(rows.getOrDefault(key.stationKey(), List.of()), group.page(),
						Community::key, () -> counts.get().getOrDefault(key.stationKey(), 0L)));
			}
		});
		return result;
	}

	private record Group(PageRequest page, boolean includeArchived) {
	}

}
