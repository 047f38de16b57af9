package org.stationatlas.resourcemap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.resourcemap.ResourceMap.Bounds;
import org.stationatlas.resourcemap.ResourceMap.Cluster;
import org.stationatlas.resourcemap.ResourceMap.DimensionCount;
import org.stationatlas.resourcemap.ResourceMap.Location;
import org.stationatlas.resourcemap.ResourceMap.Point;
import org.stationatlas.resourcemap.ResourceMapMapper.CellRow;
import org.stationatlas.resourcemap.ResourceMapMapper.PointRow;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Reads one map answer from the database and converts it to the requested coordinate
 * system. Note that only public answers are cached: they are the same for every anonymous
 * caller, partner and resident, while a station's view is asked for by a few staff and
 * would only crowd the cache.
 */
@Component
class ResourceMapTiles {

	static final int MAX_POINTS = 2000;

	static final String RESOURCE_TYPE = "Resource";

	/** The schema's order of {@code ResourceDimension}. */
	private static final List<String> DIMENSIONS = List.of("HUMAN", "ORGANIZATIONAL", "FUNDING", "SPACE", "POLICY");

	private final ResourceMapMapper mapper;

	ResourceMapTiles(ResourceMapMapper mapper) {
		this.mapper = mapper;
	}

	@Cacheable(cacheNames = ResourceMapCache.TILES, key = "#query.cacheKey()", condition = "#query.isPublic()")
	public ResourceMap load(ResourceMapQuery query) {
		CoordSystem system = query.coordSystem();
		if (!query.clustered()) {
			return new ResourceMap(false, null, system, List.of(), points(query));
		}
		return new ResourceMap(true, query.precision(), system, clusters(query), List.of());
	}

	private List<Cluster> clusters(ResourceMapQuery query) {
		Map<String, List<CellRow>> byCell = new LinkedHashMap<>();
		for (CellRow row : this.mapper.countCells(query)) {
			byCell.computeIfAbsent(row.cell(), (k) -> new ArrayList<>()).add(row);
		}
		List<Cluster> clusters = new ArrayList<>(byCell.size());
		byCell.forEach((cell, rows) -> clusters.add(cluster(cell, rows, query.coordSystem())));
		return clusters;
	}

	private static Cluster cluster(String cell, List<CellRow> rows, CoordSystem system) {
		int count = 0;
		BigDecimal latSum = BigDecimal.ZERO;
		BigDecimal lngSum = BigDecimal.ZERO;
		BigDecimal south = null;
		BigDecimal west = null;
		BigDecimal north = null;
		BigDecimal east = null;
		List<DimensionCount> counts = new ArrayList<>();
		for (CellRow row : rows) {
			count += row.resources();
			latSum = latSum.add(row.latSum());
			lngSum = lngSum.add(row.lngSum());
			south = (south == null) ? row.minLat() : south.min(row.minLat());
			west = (west == null) ? row.minLng() : west.min(row.minLng());
			north = (north == null) ? row.maxLat() : north.max(row.maxLat());
			east = (east == null) ? row.maxLng() : east.max(row.maxLng());
			counts.add(new DimensionCount(row.dimension(), row.resources()));
		}
		counts.sort(Comparator.comparingInt((DimensionCount c) -> DIMENSIONS.indexOf(c.dimension())));
		Location center = location(system, latSum.doubleValue() / count, lngSum.doubleValue() / count);
		Location sw = location(system, south.doubleValue(), west.doubleValue());
		Location ne = location(system, north.doubleValue(), east.doubleValue());
		return new Cluster(cell, center, count, List.copyOf(counts),
				new Bounds(sw.lat(), sw.lng(), ne.lat(), ne.lng()));
	}

	private List<Point> points(ResourceMapQuery query) {
		List<PointRow> rows = this.mapper.findPoints(query, MAX_POINTS + 1);
		if (rows.size() > MAX_POINTS) {
			throw ApiException.badInput("TOO_MANY_POINTS", "范围内超过 " + MAX_POINTS + " 个资源，无法逐一显示，请放大地图或缩小范围");
		}
		return rows.stream()
			.map((row) -> new Point(GlobalId.encode(RESOURCE_TYPE, row.key()), row.name(), row.dimension(),
					row.typeCode(), location(query.coordSystem(), row.lat().doubleValue(), row.lng().doubleValue()),
					row.status()))
			.toList();
	}

	/** Rounded to the six decimals (about 0.1 m) the API promises. */
	private static Location location(CoordSystem system, double lat, double lng) {
		GeoPoint p = system.fromWgs84(new GeoPoint(lat, lng));
		GeoPoint rounded = GeoPoint.rounded(p.lat(), p.lng());
		return new Location(rounded.lat(), rounded.lng());
	}

}
