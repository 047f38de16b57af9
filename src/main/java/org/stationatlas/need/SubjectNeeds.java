package org.stationatlas.need;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.stationatlas.community.Community;
import org.stationatlas.resident.Resident;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@code Resident.needs} and {@code Community.needs}: a page of needs per parent, most
 * urgent first. Note that this is batched through a DataLoader keyed by parent and page
 * arguments, so a list of parents costs one windowed query per page shape (and one
 * grouped count if asked), not one per parent.
 */
@Controller
class SubjectNeeds {

	static final String LOADER = "subjectNeeds";

	private final NeedMapper mapper;

	private final NeedAccess access;

	SubjectNeeds(NeedMapper mapper, NeedAccess access, BatchLoaderRegistry registry) {
		this.mapper = mapper;
		this.access = access;
		registry.<Key, NeedConnection>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	/** One parent's page request, with the caller's scope worked out beforehand. */
	record Key(String parent, long parentKey, int first, NeedCursor after, NeedStatus status, NeedScope scope) {
	}

	@SchemaMapping(typeName = "Resident", field = "needs")
	CompletableFuture<NeedConnection> residentNeeds(Resident resident, @Argument Integer first, @Argument String after,
			@Argument NeedStatus status, GraphQLContext context, DataLoader<Key, NeedConnection> subjectNeeds) {
		return subjectNeeds.load(key(NeedSubjectType.RESIDENT, resident.key(), first, after, status, context));
	}

	@SchemaMapping(typeName = "Community", field = "needs")
	CompletableFuture<NeedConnection> communityNeeds(Community community, @Argument Integer first,
			@Argument String after, @Argument NeedStatus status, GraphQLContext context,
			DataLoader<Key, NeedConnection> subjectNeeds) {
		return subjectNeeds.load(key(NeedSubjectType.COMMUNITY, community.key(), first, after, status, context));
	}

	/**
	 * Note that the scope is worked out once per request: for a resident it costs a
	 * lookup.
	 */
	private Key key(NeedSubjectType parent, long parentKey, Integer first, String after, NeedStatus status,
			GraphQLContext context) {
		NeedScope scope = context.computeIfAbsent(NeedScope.class, (k) -> this.access.readScope());
		int size = PageRequest.of(first, null).first();
		return new Key(parent.name(), parentKey, size, NeedCursor.decode(after, NeedOrder.DEFAULT), status, scope);
	}

	private Map<Key, NeedConnection> load(Set<Key> keys) {
		Map<Key, NeedConnection> result = new HashMap<>();
		Map<Group, List<Key>> groups = keys.stream()
			.collect(Collectors.groupingBy((k) -> new Group(k.parent(), k.first(), k.after(), k.status(), k.scope()),
					LinkedHashMap::new, Collectors.toList()));
		groups.forEach((g, members) -> {
			Set<Long> parents = members.stream().map(Key::parentKey).collect(Collectors.toSet());
			Map<Long, List<Need>> rows = this.mapper
				.findFirstPerParent(g.parent(), parents, g.scope(), g.status(), g.after(), g.first() + 1)
				.stream()
				.collect(Collectors.groupingBy((n) -> parentOf(g.parent(), n)));
			Supplier<Map<Long, Long>> counts = SingletonSupplier
				.of(() -> this.mapper.countPerParent(g.parent(), parents, g.scope(), g.status())
					.stream()
					.collect(Collectors.toMap(NeedMapper.ParentCount::parentKey, NeedMapper.ParentCount::total)));
			for (Key key : members) {
				result.put(key, NeedConnection.of(rows.getOrDefault(key.parentKey(), List.of()), g.first(),
						NeedOrder.DEFAULT, g.after(), () -> counts.get().getOrDefault(key.parentKey(), 0L)));
			}
		});
		return result;
	}

	private static long parentOf(String parent, Need need) {
		return NeedSubjectType.RESIDENT.name().equals(parent) ? need.residentKey() : need.communityKey();
	}

	private record Group(String parent, int first, NeedCursor after, NeedStatus status, NeedScope scope) {
	}

}
