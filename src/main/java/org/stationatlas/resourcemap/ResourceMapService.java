package org.stationatlas.resourcemap;

import org.stationatlas.geo.CoordSystem;
import org.stationatlas.resourcemap.ResourceMapInputs.BBoxInput;
import org.stationatlas.resourcemap.ResourceMapInputs.ResourceMapFilter;
import org.stationatlas.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * The resource map (社区资源图): clusters at low zoom, single resources at high zoom. Note
 * that it needs no {@code @PreAuthorize}: anyone may read the map, and what each caller
 * sees is decided by {@link Viewer} in the SQL. Nor {@code @Transactional}: every answer
 * is a single statement, and a cache hit should not hold a database connection.
 */
@Service
class ResourceMapService {

	private final ResourceMapTiles tiles;

	private final CurrentUser currentUser;

	ResourceMapService(ResourceMapTiles tiles, CurrentUser currentUser) {
		this.tiles = tiles;
		this.currentUser = currentUser;
	}

	public ResourceMap resourceMap(BBoxInput bbox, int zoom, ResourceMapFilter filter, CoordSystem coordSystem) {
		Viewer viewer = Viewer.of(this.currentUser);
		return this.tiles.load(ResourceMapQueries.build(viewer, bbox, zoom, filter, coordSystem));
	}

}
