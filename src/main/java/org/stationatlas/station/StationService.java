package org.stationatlas.station;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.security.Authorities;
import org.stationatlas.system.Connection;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.TextSearch;
import org.stationatlas.system.UserError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stations, and lets platform administrators add and edit them. Note that the
 * station directory (names, addresses, office phones) is public information.
 */
@Service
public class StationService {

	static final String MANAGE = "hasAuthority('" + Authorities.ALL_STATIONS + "')";

	private final StationMapper mapper;

	StationService(StationMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	public Map<Long, Station> findByKeys(Collection<Long> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.mapper.findByKeys(keys).stream().collect(Collectors.toMap(Station::key, Function.identity()));
	}

	@Transactional(readOnly = true)
	Connection<Station> find(StationFilter filter, PageRequest page) {
		String pattern = TextSearch.containsPattern(filter.text());
		String district = blankToNull(filter.district());
		List<Station> rows = this.mapper.findPage(filter.kind(), district, pattern, page.afterKey(), page.fetchSize());
		return Connection.of(rows, page, Station::key, () -> this.mapper.count(filter.kind(), district, pattern));
	}

	@PreAuthorize(MANAGE)
	@Transactional
	public StationInputs.StationPayload create(StationInputs.StationInput input) {
		StationRow row = new StationRow();
		List<UserError> errors = StationInputs.merge(input, null, row);
		return save(row, errors, true);
	}

	@PreAuthorize(MANAGE)
	@Transactional
	public StationInputs.StationPayload update(StationInputs.StationInput input) {
		if (input.id() == null || input.version() == null) {
			return StationInputs.StationPayload.failed(List.of(UserError.of("version", "REQUIRED", "请提供社工站 ID 和版本号")));
		}
		long key = GlobalId.decode(input.id(), Station.TYPE);
		Station existing = findByKeys(List.of(key)).get(key);
		if (existing == null) {
			return StationInputs.StationPayload.failed(List.of(UserError.of("id", "NOT_FOUND", "找不到该社工站")));
		}
		StationRow row = new StationRow();
		row.key = key;
		row.version = input.version();
		List<UserError> errors = StationInputs.merge(input, existing, row);
		return save(row, errors, false);
	}

	private StationInputs.StationPayload save(StationRow row, List<UserError> errors, boolean create) {
		if (errors.isEmpty() && row.name != null && this.mapper.existsName(row.name, row.key)) {
			errors.add(UserError.of("name", "DUPLICATE_NAME", "已有同名社工站"));
		}
		if (!errors.isEmpty()) {
			return StationInputs.StationPayload.failed(errors);
		}
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		if (create) {
			this.mapper.insert(row);
		}
		else if (this.mapper.update(row) == 0) {
			return StationInputs.StationPayload
				.failed(List.of(UserError.of("version", "VERSION_CONFLICT", "该社工站已被他人修改，请刷新后重试")));
		}
		return new StationInputs.StationPayload(findByKeys(List.of(row.key)).get(row.key), List.of());
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
