package org.stationatlas.resident;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.account.User;
import org.stationatlas.account.UserService;
import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.resident.ResidentInputs.ResidentPayload;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.Connection;
import org.stationatlas.system.NodeLoader;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for service recipients and their personal data.
 */
@Controller
class ResidentController implements NodeLoader {

	private final ResidentService residents;

	private final ResidentChildren children;

	private final ResidentPrivacy privacy;

	private final HouseholdService households;

	private final CommunityService communities;

	private final UserService users;

	ResidentController(ResidentService residents, ResidentChildren children, ResidentPrivacy privacy,
			HouseholdService households, CommunityService communities, UserService users) {
		this.users = users;
		this.residents = residents;
		this.children = children;
		this.privacy = privacy;
		this.households = households;
		this.communities = communities;
	}

	@QueryMapping
	Connection<Resident> residents(@Argument ResidentInputs.ResidentFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.residents.find((filter != null) ? filter : ResidentInputs.ResidentFilter.NONE,
				PageRequest.of(first, after));
	}

	@QueryMapping
	Resident resident(@Argument String id) {
		return this.residents.findOne(id);
	}

	@QueryMapping
	Resident myResidentProfile() {
		return this.residents.findMine().orElse(null);
	}

	@MutationMapping
	ResidentPayload createResident(@Argument ResidentInputs.CreateResidentInput input) {
		return this.residents.create(input);
	}

	@MutationMapping
	ResidentPayload updateResident(@Argument ResidentInputs.UpdateResidentInput input) {
		return this.residents.update(input);
	}

	@MutationMapping
	ResidentPayload moveResident(@Argument ResidentInputs.MoveResidentInput input) {
		return this.residents.move(input);
	}

	@MutationMapping
	ResidentPayload setResidentStatus(@Argument ResidentInputs.SetResidentStatusInput input) {
		return this.residents.setStatus(input);
	}

	@MutationMapping
	ResidentPayload linkResidentAccount(@Argument ResidentInputs.LinkResidentAccountInput input) {
		return this.residents.linkAccount(input);
	}

	@SchemaMapping
	String idNumber(Resident resident) {
		return this.privacy.maskedIdNumber(resident);
	}

	@SchemaMapping
	String idNumberFull(Resident resident, @ContextValue ClientInfo clientInfo) {
		return this.privacy.full(resident, "idNumber", clientInfo);
	}

	@SchemaMapping
	String phone(Resident resident) {
		return this.privacy.maskedPhone(resident);
	}

	@SchemaMapping
	String phoneFull(Resident resident, @ContextValue ClientInfo clientInfo) {
		return this.privacy.full(resident, "phone", clientInfo);
	}

	@BatchMapping
	Map<Resident, List<SafetyNetCategory>> categories(List<Resident> list) {
		return this.children.categories(list);
	}

	@BatchMapping
	Map<Resident, List<String>> tags(List<Resident> list) {
		return this.children.tags(list);
	}

	@BatchMapping(typeName = "Resident", field = "community")
	Map<Resident, Community> residentCommunity(List<Resident> list) {
		Map<Long, Community> byKey = this.communities
			.findByKeys(list.stream().map(Resident::communityKey).collect(Collectors.toSet()));
		Map<Resident, Community> result = new LinkedHashMap<>();
		list.forEach((r) -> result.put(r, byKey.get(r.communityKey())));
		return result;
	}

	@BatchMapping(typeName = "Resident", field = "household")
	Map<Resident, Household> residentHousehold(List<Resident> list) {
		Map<Long, Household> byKey = this.households.findInScope(
				list.stream().map(Resident::householdKey).filter((k) -> k != null).collect(Collectors.toSet()));
		Map<Resident, Household> result = new LinkedHashMap<>();
		list.forEach((r) -> result.put(r, (r.householdKey() != null) ? byKey.get(r.householdKey()) : null));
		return result;
	}

	@BatchMapping(typeName = "Resident", field = "createdBy")
	Map<Resident, User> createdBy(List<Resident> list) {
		return people(list, Resident::createdBy);
	}

	@BatchMapping(typeName = "Resident", field = "updatedBy")
	Map<Resident, User> updatedBy(List<Resident> list) {
		return people(list, Resident::updatedBy);
	}

	/**
	 * Note that an account the caller may not see comes back as null, as everywhere
	 * accounts are shown.
	 */
	private Map<Resident, User> people(List<Resident> list, Function<Resident, Long> key) {
		Map<Long, User> visible = this.users
			.findVisible(list.stream().map(key).filter((k) -> k != null).collect(Collectors.toSet()));
		Map<Resident, User> result = new LinkedHashMap<>();
		list.forEach((r) -> result.put(r, (key.apply(r) != null) ? visible.get(key.apply(r)) : null));
		return result;
	}

	@Override
	public String typeName() {
		return Resident.TYPE;
	}

	@Override
	public Map<Long, ?> load(Collection<Long> keys) {
		return this.residents.findInScope(keys);
	}

}
