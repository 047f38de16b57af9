package org.stationatlas.resident;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.NodeLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for households.
 */
@Controller
class HouseholdController implements NodeLoader {

	private final HouseholdService households;

	private final ResidentChildren children;

	private final CommunityService communities;

	private final CurrentUser currentUser;

	HouseholdController(HouseholdService households, ResidentChildren children, CommunityService communities,
			CurrentUser currentUser) {
		this.households = households;
		this.children = children;
		this.communities = communities;
		this.currentUser = currentUser;
	}

	@QueryMapping
	Household household(@Argument String id) {
		return this.households.findOne(id);
	}

	@MutationMapping
	ResidentInputs.HouseholdPayload createHousehold(@Argument ResidentInputs.CreateHouseholdInput input) {
		return this.households.create(input);
	}

	@BatchMapping
	Map<Household, List<Resident>> members(List<Household> list) {
		return this.children.members(list);
	}

	@BatchMapping(typeName = "Household", field = "categories")
	Map<Household, List<SafetyNetCategory>> householdCategories(List<Household> list) {
		Map<Long, List<SafetyNetCategory>> byKey = this.households
			.categories(list.stream().map(Household::key).collect(Collectors.toSet()));
		return ResidentChildren.spread(list, Household::key, byKey);
	}

	@BatchMapping(typeName = "Household", field = "community")
	Map<Household, Community> householdCommunity(List<Household> list) {
		Map<Long, Community> byKey = this.communities
			.findByKeys(list.stream().map(Household::communityKey).collect(Collectors.toSet()));
		Map<Household, Community> result = new LinkedHashMap<>();
		list.forEach((h) -> result.put(h, byKey.get(h.communityKey())));
		return result;
	}

	@Override
	public String typeName() {
		return Household.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.currentUser.hasAuthority(Authorities.RESIDENT_READ) ? this.households.findInScope(keys) : Map.of();
	}

}
