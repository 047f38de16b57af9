package org.stationatlas.community;

import java.math.BigDecimal;
import java.util.Comparator;

import org.stationatlas.geo.Boundary;
import org.stationatlas.geo.BoundaryParser;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.system.CacheInvalidator;
import org.stationatlas.system.CacheNames;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Finds the community whose boundary holds a point: an indexed bounding-box prefilter in
 * SQL, then the exact test with JTS. Cached, because every mini-program start asks "which
 * community am I in".
 */
@Component
class CommunityLocator {

	private final CommunityMapper mapper;

	private final CacheInvalidator invalidator;

	CommunityLocator(CommunityMapper mapper, CacheInvalidator invalidator) {
		this.mapper = mapper;
		this.invalidator = invalidator;
	}

	/**
	 * The key of the community holding the point, or {@code null}. Where boundaries
	 * overlap (a drawing error in the source maps), the smaller community wins, as the
	 * more specific answer.
	 */
	@Cacheable(cacheNames = CacheNames.COMMUNITY_AT, key = "#point.lat() + ',' + #point.lng()")
	public Long locate(GeoPoint point) {
		return this.mapper.findBoxesContaining(BigDecimal.valueOf(point.lat()), BigDecimal.valueOf(point.lng()))
			.stream()
			.map((c) -> new Candidate(c.key(), BoundaryParser.fromStored(c.boundaryGeojson())))
			.filter((c) -> c.boundary().covers(point))
			.min(Comparator.comparingDouble((Candidate c) -> c.boundary().planarArea()))
			.map(Candidate::key)
			.orElse(null);
	}

	/** Any boundary change can move any point, so a write forgets every cached answer. */
	public void forgetAll() {
		this.invalidator.invalidateAll(CacheNames.COMMUNITY_AT);
	}

	private record Candidate(long key, Boundary boundary) {
	}

}
