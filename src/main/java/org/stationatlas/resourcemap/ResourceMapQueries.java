package org.stationatlas.resourcemap;

import java.util.List;
import java.util.regex.Pattern;

import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.MapView;
import org.stationatlas.geo.Geohash;
import org.stationatlas.resourcemap.ResourceMapInputs.BBoxInput;
import org.stationatlas.resourcemap.ResourceMapInputs.ResourceMapFilter;
import org.stationatlas.system.ApiException;

/**
 * Turns a client's box, zoom, filter and coordinate system into a
 * {@link ResourceMapQuery}, refusing what cannot be answered.
 */
final class ResourceMapQueries {

	/** From this zoom on, the map shows single resources instead of clusters. */
	static final int POINTS_ZOOM = 15;

	static final int MAX_CELLS = 5000;

	static final int MAX_TYPE_CODES = 50;

	/** The geohash length of {@code resource.geohash}. */
	private static final int STORED_PRECISION = 8;

	private static final Pattern TYPE_CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private ResourceMapQueries() {
	}

	static ResourceMapQuery build(Viewer viewer, BBoxInput bbox, int zoom, ResourceMapFilter filter,
			CoordSystem coordSystem) {
		int precision = precision(zoom);
		CoordSystem system = (coordSystem != null) ? coordSystem : CoordSystem.WGS84;
		checked(bbox);
		// A rectangle this small stays (nearly) a rectangle under the transforms, so its
		// corners are enough; the cell widening below absorbs the rest.
		GeoPoint sw = system.toWgs84(bbox.south(), bbox.west());
		GeoPoint ne = system.toWgs84(bbox.north(), bbox.east());
		double[] box = wholeCells(clamp(sw), clamp(ne), precision);
		ResourceMapFilter f = (filter != null) ? filter : ResourceMapFilter.NONE;
		List<String> typeCodes = normalized(f.typeCodes());
		if (typeCodes != null && (typeCodes.size() > MAX_TYPE_CODES
				|| !typeCodes.stream().allMatch((code) -> TYPE_CODE.matcher(code).matches()))) {
			throw ApiException.badInput("INVALID_TYPE_CODE", "资源类型代码无效：应为大写字母、数字和下划线，最多 " + MAX_TYPE_CODES + " 个");
		}
		return new ResourceMapQuery(viewer.name(), viewer.stationKey(), viewer.allStations(), box[0], box[1], box[2],
				box[3], Geohash.encode(box[0], box[1], STORED_PRECISION),
				Geohash.encode(Math.min(box[2], 90), Math.min(box[3], 180), STORED_PRECISION), precision,
				zoom < POINTS_ZOOM, normalized(f.dimensions()), typeCodes, normalized(f.status()), system);
	}

	/**
	 * Web-map zoom levels to geohash lengths, as on the distribution map: 1–3 → 2, 4–5 →
	 * 3, 6–8 → 4, 9–11 → 5, 12–14 → 6, 15–20 → 7 (the cell size used to check the box
	 * when the map shows points).
	 */
	static int precision(int zoom) {
		return MapView.precision(zoom);
	}

	private static void checked(BBoxInput bbox) {
		MapView.checkBox(bbox.south(), bbox.west(), bbox.north(), bbox.east());
	}

	/** A BD-09 corner near a pole or the date line may convert just out of range. */
	private static GeoPoint clamp(GeoPoint p) {
		return new GeoPoint(Math.max(-90, Math.min(90, p.lat())), Math.max(-180, Math.min(180, p.lng())));
	}

	/**
	 * The cells meeting the box, whole, as {@code [south, west, north, east]}: the answer
	 * then depends on which cells a view touches, not on its exact edges, so nearby views
	 * share one cache entry.
	 */
	private static double[] wholeCells(GeoPoint sw, GeoPoint ne, int precision) {
		double height = 180 / Math.pow(2, (5 * precision) / 2);
		double width = 360 / Math.pow(2, (5 * precision + 1) / 2);
		long firstRow = (long) Math.floor((sw.lat() + 90) / height);
		long lastRow = Math.min((long) Math.floor((ne.lat() + 90) / height), Math.round(180 / height) - 1);
		long firstColumn = (long) Math.floor((sw.lng() + 180) / width);
		long lastColumn = Math.min((long) Math.floor((ne.lng() + 180) / width), Math.round(360 / width) - 1);
		long cells = (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
		if (cells > MAX_CELLS) {
			throw ApiException.badInput("AREA_TOO_LARGE",
					"范围太大：此缩放级别下要统计 " + cells + " 个格子，最多 " + MAX_CELLS + " 个，请放大地图或缩小范围");
		}
		return new double[] { firstRow * height - 90, firstColumn * width - 180, (lastRow + 1) * height - 90,
				(lastColumn + 1) * width - 180 };
	}

	/** Sorted and distinct, so equal filters make equal cache keys; empty means none. */
	private static List<String> normalized(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values.stream().distinct().sorted().toList();
	}

}
