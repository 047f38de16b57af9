package org.stationatlas.resourcemap;

import java.io.Serializable;
import java.util.List;

import org.stationatlas.geo.CoordSystem;

/**
 * One answer of {@code resourceMap}, with every coordinate already in the requested
 * system. Note that it is {@link Serializable} (with all its parts) because public
 * answers are cached in Redis as they are.
 *
 * @param precision the geohash length of a cluster, or {@code null} when the map shows
 * points
 */
record ResourceMap(boolean clustered, Integer precision, CoordSystem coordSystem, List<Cluster> clusters,
		List<Point> points) implements Serializable {

	/** The schema's {@code ResourceCluster}. */
	record Cluster(String geohash, Location center, int count, List<DimensionCount> countsByDimension,
			Bounds bounds) implements Serializable {
	}

	/** The schema's {@code ResourceMapPoint}. */
	record Point(String id, String name, String dimension, String typeCode, Location location,
			String status) implements Serializable {
	}

	/** The schema's {@code ResourceDimensionCount}. */
	record DimensionCount(String dimension, int count) implements Serializable {
	}

	/** The schema's {@code GeoPoint}, in the requested system. */
	record Location(double lat, double lng) implements Serializable {
	}

	/** The schema's {@code GeoBounds}, in the requested system. */
	record Bounds(double south, double west, double north, double east) implements Serializable {
	}

}
