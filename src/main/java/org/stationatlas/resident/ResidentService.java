package org.stationatlas.resident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.account.UserService;
import org.stationatlas.community.Community;
import org.stationatlas.resident.ResidentInputs.ResidentFilter;
import org.stationatlas.resident.ResidentInputs.ResidentPayload;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.Connection;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.TextSearch;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service recipients (服务对象): reading them within the station's scope, and recording,
 * changing, moving and closing them. Every rule lives in {@link ResidentWriter}, shared
 * with the spreadsheet import.
 */
@Service
public class ResidentService {

	static final String READ = "hasAuthority('" + Authorities.RESIDENT_READ + "')";

	static final String WRITE = "hasAuthority('" + Authorities.RESIDENT_WRITE + "')";

	private final ResidentMapper mapper;

	private final ResidentWriter writer;

	private final ResidentScope scope;

	private final CurrentUser currentUser;

	private final UserService users;

	private final HouseholdService households;

	ResidentService(ResidentMapper mapper, ResidentWriter writer, ResidentScope scope, CurrentUser currentUser,
			UserService users, HouseholdService households) {
		this.households = households;
		this.mapper = mapper;
		this.writer = writer;
		this.scope = scope;
		this.currentUser = currentUser;
		this.users = users;
	}

	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	public Connection<Resident> find(ResidentFilter filter, PageRequest page) {
		ResidentQuery query = query(filter);
		return Connection.of(this.mapper.findPage(query, page.afterKey(), page.fetchSize()), page, Resident::key,
				() -> this.mapper.count(query));
	}

	@PreAuthorize(READ)
	@Transactional(readOnly = true)
	public Resident findOne(String id) {
		long key = GlobalId.decode(id, Resident.TYPE);
		return findInScope(List.of(key)).values()
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("找不到该服务对象"));
	}

	/**
	 * The residents among the keys that the caller may see: those of his station (all,
	 * for platform administrators), or, for a resident signed in from the mini-program,
	 * his own record only. Note that callers check their own authority; this only scopes.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Resident> findInScope(Collection<Long> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		List<Resident> found;
		if (this.currentUser.hasAuthority(Authorities.RESIDENT_READ)) {
			found = this.mapper.findByKeys(keys, this.scope.readScope());
		}
		else {
			found = findMine().filter((r) -> keys.contains(r.key())).map(List::of).orElse(List.of());
		}
		return found.stream().collect(Collectors.toMap(Resident::key, Function.identity()));
	}

	/**
	 * The households among the keys that the caller may see: those of his station (all,
	 * for platform administrators); none without {@code resident:read}. Note that this
	 * only scopes, like {@link #findInScope}.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Household> findHouseholdsInScope(Collection<Long> keys) {
		if (keys.isEmpty() || !this.currentUser.hasAuthority(Authorities.RESIDENT_READ)) {
			return Map.of();
		}
		return this.households.findInScope(keys);
	}

	/** The resident record linked to the signed-in mini-program account, if any. */
	@Transactional(readOnly = true)
	public Optional<Resident> findMine() {
		return this.currentUser.accountKey().map(this.mapper::findByAccount);
	}

	@PreAuthorize(WRITE)
	@Transactional
	public ResidentPayload create(ResidentInputs.CreateResidentInput in) {
		ResidentDraft draft = new ResidentDraft(key(in.communityId(), Community.TYPE),
				key(in.householdId(), Household.TYPE), in.relationToHead(), in.name(), in.gender(), in.birthDate(),
				in.idNumber(), in.phone(), in.address(), in.location(), in.categories(), in.tags(), in.notes(),
				in.consentGiven());
		ResidentWriter.Prepared prepared = this.writer.prepare(this.scope.ownStation(), draft, null,
				this.scope.actor());
		if (!prepared.isValid()) {
			return ResidentPayload.failed(prepared.errors());
		}
		this.writer.insert(prepared.row());
		return ok(prepared.row().key);
	}

	@PreAuthorize(WRITE)
	@Transactional
	public ResidentPayload update(ResidentInputs.UpdateResidentInput in) {
		Resident existing = writable(in.id(), in.version());
		ResidentDraft draft = new ResidentDraft(null, key(in.householdId(), Household.TYPE), in.relationToHead(),
				in.name(), in.gender(), in.birthDate(), in.idNumber(), in.phone(), in.address(), in.location(),
				in.categories(), in.tags(), in.notes(), in.consentGiven());
		return save(existing, draft, in.version());
	}

	/**
	 * Moves a resident to another community of the station (搬迁), with a new address and
	 * household if given.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public ResidentPayload move(ResidentInputs.MoveResidentInput in) {
		Resident existing = writable(in.id(), in.version());
		if (in.communityId() == null) {
			return ResidentPayload.failed("communityId", "REQUIRED", "请指定迁入的社区");
		}
		ResidentDraft draft = new ResidentDraft(key(in.communityId(), Community.TYPE),
				key(in.householdId(), Household.TYPE), null, null, null, null, null, null, in.address(), in.location(),
				null, null, null, null);
		return save(existing, draft, in.version());
	}

	/**
	 * Marks a resident moved out of the station's area, deceased, or active again; the
	 * record stays.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public ResidentPayload setStatus(ResidentInputs.SetResidentStatusInput in) {
		Resident existing = writable(in.id(), in.version());
		if (in.status() == null) {
			return ResidentPayload.failed("status", "REQUIRED", "请指定状态");
		}
		if (existing.status() == ResidentStatus.DECEASED && in.status() != ResidentStatus.DECEASED) {
			return ResidentPayload.failed("status", "ILLEGAL_STATUS_CHANGE", "已故的服务对象不能改回其他状态");
		}
		if (this.mapper.setStatus(existing.key(), in.version(), in.status(), this.scope.actor(),
				OffsetDateTime.now(ZoneOffset.UTC)) == 0) {
			return conflict(existing);
		}
		return ok(existing.key());
	}

	/**
	 * Links a resident record to the mini-program account of that person, so he sees his
	 * own profile and needs.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public ResidentPayload linkAccount(ResidentInputs.LinkResidentAccountInput in) {
		Resident existing = findInScope(List.of(GlobalId.decode(in.residentId(), Resident.TYPE))).values()
			.stream()
			.filter((r) -> r.stationKey() == this.scope.ownStation())
			.findFirst()
			.orElse(null);
		if (existing == null) {
			return ResidentPayload.failed("residentId", "NOT_FOUND", "找不到该服务对象");
		}
		Long account = (in.userId() != null) ? GlobalId.decode(in.userId(), "User") : null;
		if (account != null && !this.users.isResidentAccount(account)) {
			return ResidentPayload.failed("userId", "NOT_A_RESIDENT_ACCOUNT", "只能关联居民（小程序）账号");
		}
		if (account != null && this.mapper.findByAccount(account) != null) {
			return ResidentPayload.failed("userId", "ACCOUNT_ALREADY_LINKED", "该账号已关联其他服务对象");
		}
		this.mapper.linkAccount(existing.key(), account, OffsetDateTime.now(ZoneOffset.UTC));
		return ok(existing.key());
	}

	private ResidentPayload save(Resident existing, ResidentDraft draft, int version) {
		ResidentWriter.Prepared prepared = this.writer.prepare(existing.stationKey(), draft, existing,
				this.scope.actor());
		if (!prepared.isValid()) {
			return ResidentPayload.failed(prepared.errors());
		}
		prepared.row().version = version;
		return this.writer.update(prepared.row()) ? ok(existing.key()) : conflict(existing);
	}

	/**
	 * The resident if it is in the caller's own station and the version matches;
	 * otherwise the error to throw.
	 */
	private Resident writable(String id, Integer version) {
		long key = GlobalId.decode(id, Resident.TYPE);
		List<Resident> found = this.mapper.findByKeys(List.of(key), this.scope.ownStation());
		if (found.isEmpty()) {
			throw ApiException.notFound("找不到该服务对象");
		}
		if (version == null) {
			throw ApiException.badInput("VERSION_REQUIRED", "请提供读取时的版本号 version");
		}
		return found.get(0);
	}

	private ResidentPayload ok(long key) {
		return new ResidentPayload(this.mapper.findByKeys(List.of(key), null).get(0), List.of());
	}

	private static ResidentPayload conflict(Resident current) {
		return ResidentPayload.failed("version", "VERSION_CONFLICT",
				"该服务对象已被他人修改（当前版本 " + current.version() + "），请刷新后重试");
	}

	ResidentQuery query(ResidentFilter f) {
		String pattern = TextSearch.containsPattern(f.text());
		Set<String> tokens = (pattern != null) ? SearchTokens.forQuery(f.text()) : null;
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate bornAfter = null;
		LocalDate bornBefore = null;
		if (f.ageRange() != null) {
			Integer min = f.ageRange().min();
			Integer max = f.ageRange().max();
			if ((min != null && (min < 0 || min > 150)) || (max != null && (max < 0 || max > 150))
					|| (min != null && max != null && min > max)) {
				throw ApiException.badInput("INVALID_AGE_RANGE", "年龄范围应在 0 到 150 之间，且 min 不大于 max");
			}
			bornBefore = (min != null) ? today.minusYears(min) : null;
			bornAfter = (max != null) ? today.minusYears(max + 1L).plusDays(1) : null;
		}
		return new ResidentQuery(this.scope.readScope(), key(f.communityId(), Community.TYPE),
				key(f.householdId(), Household.TYPE), f.category(), f.gender(), f.status(), bornAfter, bornBefore,
				f.hasOpenNeed(), (tokens != null && !tokens.isEmpty()) ? tokens : null, pattern);
	}

	private static Long key(String id, String type) {
		return (id != null) ? GlobalId.decode(id, type) : null;
	}

}
