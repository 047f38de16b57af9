package org.stationatlas.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.community.CommunityInputs.ArchiveCommunityInput;
import org.stationatlas.community.CommunityInputs.CommunityFilter;
import org.stationatlas.community.CommunityInputs.CreateCommunityInput;
import org.stationatlas.community.CommunityInputs.UpdateCommunityInput;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.station.Station;
import org.stationatlas.station.StationService;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.Connection;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.TextSearch;
import org.stationatlas.system.UserError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The community map: reading communities, locating a point, and editing communities of
 * one's own station. Note that the community map (names, boundaries, key units) is public
 * information; writes are the station's.
 */
@Service
public class CommunityService {

	static final String WRITE = "hasAuthority('" + Authorities.COMMUNITY_WRITE + "')";

	private final CommunityMapper mapper;

	private final CommunityLocator locator;

	private final StationService stations;

	private final CurrentUser currentUser;

	private final Clock clock;

	CommunityService(CommunityMapper mapper, CommunityLocator locator, StationService stations, CurrentUser currentUser,
			Optional<Clock> clock) {
		this.mapper = mapper;
		this.locator = locator;
		this.stations = stations;
		this.currentUser = currentUser;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public Map<Long, Community> findByKeys(Collection<Long> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.mapper.findByKeys(keys).stream().collect(Collectors.toMap(Community::key, Function.identity()));
	}

	/**
	 * Every community of a station, archived ones included, in key order: a station
	 * serves tens of communities, not thousands.
	 */
	@Transactional(readOnly = true)
	public List<Community> findAllOfStation(long stationKey) {
		return this.mapper.findPage(stationKey, null, null, null, true, null, Integer.MAX_VALUE);
	}

	@Transactional(readOnly = true)
	public Connection<Community> find(CommunityFilter filter, PageRequest page) {
		Long stationKey = (filter.stationId() != null) ? GlobalId.decode(filter.stationId(), Station.TYPE) : null;
		String district = blankToNull(filter.district());
		String street = blankToNull(filter.street());
		String pattern = TextSearch.containsPattern(filter.text());
		boolean archived = Boolean.TRUE.equals(filter.includeArchived());
		List<Community> rows = this.mapper.findPage(stationKey, district, street, pattern, archived, page.afterKey(),
				page.fetchSize());
		return Connection.of(rows, page, Community::key,
				() -> this.mapper.count(stationKey, district, street, pattern, archived));
	}

	@Transactional(readOnly = true)
	public Community findOne(String id) {
		long key = GlobalId.decode(id, Community.TYPE);
		Community community = findByKeys(List.of(key)).get(key);
		if (community == null) {
			throw ApiException.notFound("找不到该社区");
		}
		return community;
	}

	@Transactional(readOnly = true)
	public Community locate(Double lat, Double lng) {
		if (lat == null || lng == null || !GeoPoint.inRange(lat, lng)) {
			throw ApiException.badInput("COORDINATE_OUT_OF_RANGE", "坐标超出范围：纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间");
		}
		Long key = this.locator.locate(GeoPoint.rounded(lat, lng));
		return (key != null) ? findByKeys(List.of(key)).get(key) : null;
	}

	@PreAuthorize(WRITE)
	@Transactional
	public CommunityPayload create(CreateCommunityInput input) {
		if (input.stationId() == null) {
			return CommunityPayload.failed(UserError.of("stationId", "REQUIRED", "请指定所属社工站"));
		}
		long stationKey = GlobalId.decode(input.stationId(), Station.TYPE);
		if (!this.currentUser.canActOnStation(stationKey) || this.stations.findByKeys(List.of(stationKey)).isEmpty()) {
			return CommunityPayload.failed(UserError.of("stationId", "NOT_FOUND", "找不到该社工站"));
		}
		CommunityValidator.Outcome outcome = CommunityValidator.forCreate(stationKey, input);
		if (!outcome.isValid()) {
			return CommunityPayload.failed(outcome.errors());
		}
		CommunityRow row = outcome.row();
		List<UserError> conflicts = uniquenessErrors(row);
		if (!conflicts.isEmpty()) {
			return CommunityPayload.failed(conflicts);
		}
		row.now = now();
		try {
			this.mapper.insert(row);
		}
		catch (DuplicateKeyException ex) {
			return rollBack(UserError.of("name", "DUPLICATE", "同名社区或相同行政区划代码刚刚已被创建"));
		}
		writeChildren(row);
		this.locator.forgetAll();
		return CommunityPayload.ok(findByKeys(List.of(row.key)).get(row.key));
	}

	@PreAuthorize(WRITE)
	@Transactional
	public CommunityPayload update(UpdateCommunityInput input) {
		if (input.id() == null || input.version() == null) {
			return CommunityPayload
				.failed(UserError.of((input.id() == null) ? "id" : "version", "REQUIRED", "请提供社区 ID 和读取时的版本号 version"));
		}
		Optional<Community> existing = writable(input.id());
		if (existing.isEmpty()) {
			return CommunityPayload.failed(UserError.of("id", "NOT_FOUND", "找不到该社区"));
		}
		Community current = existing.get();
		if (current.archived()) {
			return CommunityPayload.failed(UserError.of("id", "ARCHIVED", "该社区已归档，不能再修改"));
		}
		if (current.version() != input.version()) {
			return CommunityPayload.failed(versionConflict(current));
		}
		CommunityValidator.Outcome outcome = CommunityValidator.forUpdate(current, input);
		if (!outcome.isValid()) {
			return CommunityPayload.failed(outcome.errors());
		}
		CommunityRow row = outcome.row();
		List<UserError> conflicts = uniquenessErrors(row);
		if (!conflicts.isEmpty()) {
			return CommunityPayload.failed(conflicts);
		}
		row.now = now();
		try {
			if (this.mapper.update(row) == 0) {
				return rollBack(versionConflict(current));
			}
		}
		catch (DuplicateKeyException ex) {
			return rollBack(UserError.of("name", "DUPLICATE", "同名社区或相同行政区划代码刚刚已被创建"));
		}
		writeChildren(row);
		this.locator.forgetAll();
		return CommunityPayload.ok(findByKeys(List.of(row.key)).get(row.key));
	}

	@PreAuthorize(WRITE)
	@Transactional
	public CommunityPayload archive(ArchiveCommunityInput input) {
		if (input.id() == null || input.version() == null) {
			return CommunityPayload
				.failed(UserError.of((input.id() == null) ? "id" : "version", "REQUIRED", "请提供社区 ID 和读取时的版本号 version"));
		}
		Optional<Community> existing = writable(input.id());
		if (existing.isEmpty()) {
			return CommunityPayload.failed(UserError.of("id", "NOT_FOUND", "找不到该社区"));
		}
		Community current = existing.get();
		if (current.archived()) {
			return CommunityPayload.failed(UserError.of("id", "ARCHIVED", "该社区已归档"));
		}
		if (current.version() != input.version() || this.mapper.archive(current.key(), input.version(), now()) == 0) {
			return CommunityPayload.failed(versionConflict(current));
		}
		this.locator.forgetAll();
		return CommunityPayload.ok(findByKeys(List.of(current.key())).get(current.key()));
	}

	/**
	 * The community, if it exists and belongs to a station the caller may act on;
	 * otherwise nothing, alike.
	 */
	private Optional<Community> writable(String id) {
		long key = GlobalId.decode(id, Community.TYPE);
		return Optional.ofNullable(findByKeys(List.of(key)).get(key))
			.filter((c) -> this.currentUser.canActOnStation(c.stationKey()));
	}

	private List<UserError> uniquenessErrors(CommunityRow row) {
		List<UserError> errors = new ArrayList<>();
		if (this.mapper.existsName(row.stationKey, row.name, row.key)) {
			errors.add(UserError.of("name", "DUPLICATE_NAME", "本社工站已有名为「" + row.name + "」的社区"));
		}
		if (row.adminCode != null && this.mapper.existsAdminCode(row.adminCode, row.key)) {
			errors.add(UserError.of("adminCode", "DUPLICATE_ADMIN_CODE", "行政区划代码 " + row.adminCode + " 已被其他社区使用"));
		}
		return errors;
	}

	private void writeChildren(CommunityRow row) {
		if (row.mainRoads != null) {
			this.mapper.deleteRoads(row.key);
			if (!row.mainRoads.isEmpty()) {
				this.mapper.insertRoads(row.key, row.mainRoads);
			}
		}
		writePlaces(row.key, PlaceRole.KEY_UNIT, row.keyUnits);
		writePlaces(row.key, PlaceRole.LANDMARK, row.landmarks);
	}

	private void writePlaces(long key, PlaceRole role, List<Place> places) {
		if (places != null) {
			this.mapper.deletePlaces(key, role);
			if (!places.isEmpty()) {
				this.mapper.insertPlaces(key, places);
			}
		}
	}

	private static UserError versionConflict(Community current) {
		return UserError.of("version", "VERSION_CONFLICT", "该社区已被他人修改（当前版本 " + current.version() + "），请刷新后重试");
	}

	/**
	 * Note that a failed payload after a write must undo that write: payload errors are
	 * not exceptions.
	 */
	private static CommunityPayload rollBack(UserError error) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return CommunityPayload.failed(error);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
