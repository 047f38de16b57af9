package org.stationatlas.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.system.Connection;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.TextSearch;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stations. Note that the station directory (names, addresses, office phones) is
 * public information.
 */
@Service
public class StationService {

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

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
