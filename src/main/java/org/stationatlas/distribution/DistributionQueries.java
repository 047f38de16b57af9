package org.stationatlas.distribution;

import java.util.List;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.distribution.DistributionInputs.DistributionArea;
import org.stationatlas.distribution.DistributionInputs.DistributionFilter;
import org.stationatlas.distribution.DistributionInputs.GeoBoundsInput;
import org.stationatlas.geo.MapView;
import org.stationatlas.geo.Geohash;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;

import org.springframework.stereotype.Component;

/**
 * Turns a client's area, zoom and filter into a {@link DistributionQuery}, refusing what
 * cannot be answered.
 */
@Component
class DistributionQueries {

	/** The geohash length of {@code resident.geohash}. */
	static final int STORED_PRECISION = 8;

	private final CommunityService communities;

	private final DistributionProperties properties;

	DistributionQueries(CommunityService communities, DistributionProperties properties) {
		this.communities = communities;
		this.properties = properties;
	}

	DistributionQuery build(DistributionArea area, int zoom, DistributionFilter filter, Long stationKey) {
		int precision = precision(zoom);
		DistributionFilter f = (filter != null) ? filter : DistributionFilter.NONE;
		List<String> categories = (f.categories() == null || f.categories().isEmpty()) ? null
				: f.categories().stream().map(Enum::name).distinct().toList();
		if (area.bbox() != null) {
			GeoBounds requested = checked(area.bbox());
			GeoBounds box = wholeCells(requested, precision);
			return new DistributionQuery(stationKey, null, box, requested,
					Geohash.encode(box.south(), box.west(), STORED_PRECISION),
					Geohash.encode(Math.min(box.north(), 90), Math.min(box.east(), 180), STORED_PRECISION), precision,
					categories, f.needCategory(), f.needStatus());
		}
		long communityKey = GlobalId.decode(area.communityId(), Community.TYPE);
		if (this.communities.findByKeys(List.of(communityKey)).isEmpty()) {
			throw ApiException.notFound("找不到该社区");
		}
		return new DistributionQuery(stationKey, communityKey, null, null, null, null, precision, categories,
				f.needCategory(), f.needStatus());
	}

	/**
	 * Web-map zoom levels to geohash lengths, so that a screen-sized view holds some
	 * hundreds to a few thousand cells: 2 (about 1250 km), 3 (156 km), 4 (39 km), 5 (4.9
	 * km), 6 (1.2 km), 7 (153 m).
	 */
	static int precision(int zoom) {
		return MapView.precision(zoom);
	}

	private static GeoBounds checked(GeoBoundsInput bbox) {
		MapView.checkBox(bbox.south(), bbox.west(), bbox.north(), bbox.east());
		return new GeoBounds(bbox.south(), bbox.west(), bbox.north(), bbox.east());
	}

	/**
	 * The cells meeting the bounds, whole: a count never depends on where the client drew
	 * the edge, so two slightly different boxes cannot be subtracted to find one person.
	 */
	private GeoBounds wholeCells(GeoBounds requested, int precision) {
		double height = GeoBounds.cellHeight(precision);
		double width = GeoBounds.cellWidth(precision);
		long firstRow = (long) Math.floor((requested.south() + 90) / height);
		long lastRow = Math.min((long) Math.floor((requested.north() + 90) / height), Math.round(180 / height) - 1);
		long firstColumn = (long) Math.floor((requested.west() + 180) / width);
		long lastColumn = Math.min((long) Math.floor((requested.east() + 180) / width), Math.round(360 / width) - 1);
		long cells = (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
		if (cells > this.properties.maxCells()) {
			throw ApiException.badInput("AREA_TOO_LARGE",
					"范围太大：此缩放级别下要统计 " + cells + " 个格子，最多 " + this.properties.maxCells() + " 个，请放大地图或缩小范围");
		}
		return new GeoBounds(firstRow * height - 90, firstColumn * width - 180, (lastRow + 1) * height - 90,
				(lastColumn + 1) * width - 180);
	}

}
