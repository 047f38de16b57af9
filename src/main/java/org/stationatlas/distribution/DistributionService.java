package org.stationatlas.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stationatlas.resident.SafetyNetCategory;
import org.stationatlas.distribution.DistributionCell.CategoryCount;
import org.stationatlas.distribution.DistributionInputs.DistributionArea;
import org.stationatlas.distribution.DistributionInputs.DistributionFilter;
import org.stationatlas.distribution.DistributionMapper.CellCategoryCount;
import org.stationatlas.distribution.DistributionMapper.CellCount;
import org.stationatlas.distribution.DistributionMapper.PointRow;
import org.stationatlas.distribution.DistributionMapper.ResidentCategory;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution map: people per geohash cell for station staff (their own station) and
 * platform administrators (all stations), with small cells and small categories hidden so
 * that no one can be singled out; individual points only with
 * {@code distribution:points}, and only of one's own station.
 */
@Service
@EnableConfigurationProperties(DistributionProperties.class)
class DistributionService {

	static final String VIEW = "hasAuthority('" + Authorities.ALL_STATIONS
			+ "') or @distributionViewers.isStationStaff(authentication)";

	static final String RESIDENT_TYPE = "Resident";

	private final DistributionMapper mapper;

	private final DistributionQueries queries;

	private final DistributionProperties properties;

	private final CurrentUser currentUser;

	DistributionService(DistributionMapper mapper, DistributionQueries queries, DistributionProperties properties,
			CurrentUser currentUser) {
		this.mapper = mapper;
		this.queries = queries;
		this.properties = properties;
		this.currentUser = currentUser;
	}

	@PreAuthorize(VIEW)
	@Transactional(readOnly = true)
	public ResidentDistribution distribution(DistributionArea area, int zoom, DistributionFilter filter) {
		Long scope = this.currentUser.hasAuthority(Authorities.ALL_STATIONS) ? null
				: this.currentUser.stationId().orElseThrow();
		DistributionQuery query = this.queries.build(area, zoom, filter, scope);
		int min = this.properties.minCellSize();
		List<CellCount> counted = this.mapper.countCells(query, this.properties.maxCells() + 1);
		if (counted.size() > this.properties.maxCells()) {
			throw ApiException.badInput("AREA_TOO_LARGE", "范围太大：格子超过 " + this.properties.maxCells() + " 个，请放大地图或缩小范围");
		}
		Map<String, List<CategoryCount>> categories = categoryCounts(query, min);
		List<DistributionCell> cells = new ArrayList<>();
		int suppressedCells = 0;
		int suppressedResidents = 0;
		for (CellCount row : counted) {
			GeoBounds cell = GeoBounds.ofCell(row.cell());
			// A stored geohash that disagrees with its row's lat/lng could name a cell
			// outside the box; it is not the client's area.
			if (query.requested() != null && !query.requested().meets(cell)) {
				continue;
			}
			if (row.residents() >= min) {
				cells.add(DistributionCell.of(row.cell(), cell, row.residents(),
						categories.getOrDefault(row.cell(), List.of())));
			}
			else {
				suppressedCells++;
				suppressedResidents += row.residents();
			}
		}
		// A total under the threshold is itself a small number about a few people.
		Integer hidden = (suppressedResidents > 0 && suppressedResidents < min) ? null : suppressedResidents;
		return new ResidentDistribution(cells, suppressedCells, hidden, min, query.precision(), query);
	}

	/**
	 * The residents themselves, or {@code null} for a caller who may not see them.
	 */
	@PreAuthorize(VIEW)
	@Transactional(readOnly = true)
	public List<DistributionPoint> points(DistributionQuery query) {
		Optional<Long> own = this.currentUser.stationId();
		if (!this.currentUser.hasAuthority(Authorities.DISTRIBUTION_POINTS) || own.isEmpty()) {
			return null;
		}
		DistributionQuery mine = query.inStation(own.get());
		List<PointRow> rows = this.mapper.findPoints(mine, this.properties.maxPoints() + 1);
		if (rows.size() > this.properties.maxPoints()) {
			throw ApiException.badInput("TOO_MANY_POINTS",
					"范围内超过 " + this.properties.maxPoints() + " 人，无法逐一显示，请放大地图或缩小范围");
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<SafetyNetCategory>> categories = new LinkedHashMap<>();
		for (ResidentCategory row : this.mapper.findCategories(own.get(), rows.stream().map(PointRow::key).toList())) {
			SafetyNetCategory category = SafetyNetCategory.parse(row.category());
			if (category != null) {
				categories.computeIfAbsent(row.residentKey(), (k) -> new ArrayList<>()).add(category);
			}
		}
		categories.values().forEach((list) -> list.sort(Comparator.naturalOrder()));
		return rows.stream()
			.map((row) -> new DistributionPoint(GlobalId.encode(RESIDENT_TYPE, row.key()),
					GeoPoint.ofNullable(row.lat(), row.lng()), categories.getOrDefault(row.key(), List.of())))
			.toList();
	}

	/** Categories with at least {@code min} people per cell, in the enum's order. */
	private Map<String, List<CategoryCount>> categoryCounts(DistributionQuery query, int min) {
		Map<String, List<CategoryCount>> byCell = new LinkedHashMap<>();
		for (CellCategoryCount row : this.mapper.countCategories(query)) {
			SafetyNetCategory category = SafetyNetCategory.parse(row.category());
			if (category != null && row.residents() >= min) {
				byCell.computeIfAbsent(row.cell(), (k) -> new ArrayList<>())
					.add(new CategoryCount(category, row.residents()));
			}
		}
		byCell.values().forEach((counts) -> counts.sort(Comparator.comparing(CategoryCount::category)));
		return byCell;
	}

}
