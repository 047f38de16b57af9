package org.stationatlas.need;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.account.User;
import org.stationatlas.account.UserService;
import org.stationatlas.community.Community;
import org.stationatlas.need.NeedInputs.NeedPayload;
import org.stationatlas.resident.Household;
import org.stationatlas.resident.Resident;
import org.stationatlas.system.NodeLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for the needs library and the fields of {@code Need}. Note that
 * the union {@code NeedSubject} resolves by the Java class name (Resident, Household,
 * Community).
 */
@Controller
class NeedController implements NodeLoader {

	private final NeedService needs;

	private final NeedCommands commands;

	private final NeedSubjects subjects;

	private final UserService users;

	NeedController(NeedService needs, NeedCommands commands, NeedSubjects subjects, UserService users) {
		this.needs = needs;
		this.commands = commands;
		this.subjects = subjects;
		this.users = users;
	}

	@QueryMapping
	NeedConnection needs(@Argument NeedFilter filter, @Argument NeedOrder orderBy, @Argument Integer first,
			@Argument String after) {
		return this.needs.find(filter, orderBy, first, after);
	}

	@QueryMapping
	Need need(@Argument String id) {
		return this.needs.findOne(id);
	}

	@QueryMapping
	NeedConnection myNeeds(@Argument Integer first, @Argument String after) {
		return this.needs.findMine(first, after);
	}

	@MutationMapping
	NeedPayload createNeed(@Argument NeedInputs.CreateNeedInput input) {
		return this.commands.create(input);
	}

	@MutationMapping
	NeedPayload updateNeed(@Argument NeedInputs.UpdateNeedInput input) {
		return this.commands.update(input);
	}

	@MutationMapping
	NeedPayload transitionNeed(@Argument NeedInputs.TransitionNeedInput input) {
		return this.commands.transition(input);
	}

	@MutationMapping
	NeedPayload submitNeed(@Argument NeedInputs.SubmitNeedInput input) {
		return this.commands.submit(input);
	}

	@BatchMapping(typeName = "Need", field = "subject")
	Map<Need, Object> subject(List<Need> list) {
		return this.subjects.subjects(list);
	}

	@BatchMapping(typeName = "Need", field = "resident")
	Map<Need, Resident> resident(List<Need> list) {
		return spread(list, this.subjects.residents(NeedSubjects.keys(list, NeedSubjectType.RESIDENT)),
				(n) -> n.residentKey());
	}

	@BatchMapping(typeName = "Need", field = "household")
	Map<Need, Household> household(List<Need> list) {
		return spread(list, this.subjects.households(NeedSubjects.keys(list, NeedSubjectType.HOUSEHOLD)),
				(n) -> n.householdKey());
	}

	@BatchMapping(typeName = "Need", field = "community")
	Map<Need, Community> community(List<Need> list) {
		return spread(list, this.subjects.communities(keys(list, Need::communityKey)), Need::communityKey);
	}

	@BatchMapping(typeName = "Need", field = "assessedBy")
	Map<Need, User> assessedBy(List<Need> list) {
		return spread(list, users(keys(list, Need::assessedByKey)), Need::assessedByKey);
	}

	@BatchMapping(typeName = "Need", field = "history")
	Map<Need, List<NeedTransition>> history(List<Need> list) {
		Map<Long, List<NeedTransition>> byNeed = this.needs.history(keys(list, Need::key));
		Map<Need, List<NeedTransition>> result = new LinkedHashMap<>();
		list.forEach((n) -> result.put(n, byNeed.getOrDefault(n.key(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "NeedTransition", field = "actor")
	Map<NeedTransition, User> actor(List<NeedTransition> list) {
		return spread(list, users(keys(list, NeedTransition::actorKey)), NeedTransition::actorKey);
	}

	@Override
	public String typeName() {
		return Need.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.needs.findInScope(keys);
	}

	/** Note that only accounts the caller may see are shown; others are null. */
	private Map<Long, User> users(Set<Long> keys) {
		return keys.isEmpty() ? Map.of() : this.users.findVisible(keys);
	}

	private static <T> Set<Long> keys(List<T> list, Function<T, Long> key) {
		return list.stream().map(key).filter((k) -> k != null).collect(Collectors.toSet());
	}

	private static <T, V> Map<T, V> spread(List<T> list, Map<Long, V> byKey, Function<T, Long> key) {
		Map<T, V> result = new LinkedHashMap<>();
		list.forEach((item) -> {
			Long k = key.apply(item);
			result.put(item, (k != null) ? byKey.get(k) : null);
		});
		return result;
	}

}
