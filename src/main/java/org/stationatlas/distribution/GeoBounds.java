package org.stationatlas.distribution;

import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.Geohash;

/**
 * A WGS-84 rectangle. As a geohash cell it holds its south and west edges but not its
 * north and east ones, which belong to the neighbouring cells.
 */
record GeoBounds(double south, double west, double north, double east) {

	static GeoBounds ofCell(String geohash) {
		double[] bounds = Geohash.bounds(geohash);
		return new GeoBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
	}

	/** The height in degrees of latitude of every cell of a geohash length. */
	static double cellHeight(int precision) {
		return 180 / Math.pow(2, (5 * precision) / 2);
	}

	/** The width in degrees of longitude of every cell of a geohash length. */
	static double cellWidth(int precision) {
		return 360 / Math.pow(2, (5 * precision + 1) / 2);
	}

	GeoPoint center() {
		return new GeoPoint((this.south + this.north) / 2, (this.west + this.east) / 2);
	}

	/** Whether a cell shares a point with this (closed) rectangle. */
	boolean meets(GeoBounds cell) {
		return cell.south <= this.north && cell.north > this.south && cell.west <= this.east && cell.east > this.west;
	}

}
