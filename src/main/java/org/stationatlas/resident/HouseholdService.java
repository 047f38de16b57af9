package org.stationatlas.resident;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.resident.ResidentInputs.HouseholdPayload;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.UserError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households (家庭/户) of the station: their address, members and household-level
 * categories.
 */
@Service
class HouseholdService {

	private final HouseholdMapper mapper;

	private final CommunityService communities;

	private final ResidentScope scope;

	HouseholdService(HouseholdMapper mapper, CommunityService communities, ResidentScope scope) {
		this.mapper = mapper;
		this.communities = communities;
		this.scope = scope;
	}

	@PreAuthorize(ResidentService.READ)
	@Transactional(readOnly = true)
	Household findOne(String id) {
		long key = GlobalId.decode(id, Household.TYPE);
		return findInScope(List.of(key)).values()
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("找不到该家庭"));
	}

	@Transactional(readOnly = true)
	Map<Long, Household> findInScope(Collection<Long> keys) {
		return this.mapper.findByKeys(keys, this.scope.readScope())
			.stream()
			.collect(Collectors.toMap(Household::key, Function.identity()));
	}

	@PreAuthorize(ResidentService.WRITE)
	@Transactional
	HouseholdPayload create(ResidentInputs.CreateHouseholdInput in) {
		long station = this.scope.ownStation();
		List<UserError> errors = new ArrayList<>();
		Long communityKey = (in.communityId() != null) ? GlobalId.decode(in.communityId(), Community.TYPE) : null;
		Community community = (communityKey != null)
				? this.communities.findByKeys(List.of(communityKey)).get(communityKey) : null;
		if (community == null || community.stationKey() != station || community.archived()) {
			errors.add(UserError.of("communityId", "NOT_FOUND", "找不到该社区（须为本社工站服务的社区）"));
		}
		String address = (in.address() != null) ? in.address().strip() : "";
		if (address.isEmpty() || address.codePointCount(0, address.length()) > 200) {
			errors.add(UserError.of("address", address.isEmpty() ? "REQUIRED" : "TOO_LONG", "家庭住址不能为空，最长 200 字"));
		}
		if (!errors.isEmpty()) {
			return new HouseholdPayload(null, errors);
		}
		HouseholdMapper.NewHousehold row = new HouseholdMapper.NewHousehold();
		row.stationKey = station;
		row.communityKey = communityKey;
		row.address = address;
		row.actor = this.scope.actor();
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		this.mapper.insert(row);
		if (in.categories() != null && !in.categories().isEmpty()) {
			this.mapper.insertCategories(row.key, new LinkedHashSet<>(in.categories()));
		}
		return new HouseholdPayload(this.mapper.findByKeys(List.of(row.key), null).get(0), List.of());
	}

	Map<Long, List<SafetyNetCategory>> categories(Collection<Long> households) {
		return this.mapper.findCategories(households)
			.stream()
			.collect(Collectors.groupingBy(ResidentMapper.CategoryRow::residentKey,
					Collectors.mapping(ResidentMapper.CategoryRow::category, Collectors.toList())));
	}

}
