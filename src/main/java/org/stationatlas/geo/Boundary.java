package org.stationatlas.geo;

import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A validated area boundary (GeoJSON Polygon or MultiPolygon, WGS-84) with its JTS
 * geometry. Obtain one from {@link BoundaryParser}; an instance is always valid.
 */
public final class Boundary {

	private final Geometry geometry;

	private final Map<String, Object> geoJson;

	private final String geoJsonText;

	private PreparedGeometry prepared;

	Boundary(Geometry geometry, Map<String, Object> geoJson, String geoJsonText) {
		this.geometry = geometry;
		this.geoJson = geoJson;
		this.geoJsonText = geoJsonText;
	}

	/**
	 * The normalised GeoJSON geometry object: six decimals, exterior rings
	 * counter-clockwise (RFC 7946).
	 */
	public Map<String, Object> geoJson() {
		return this.geoJson;
	}

	/** The same as {@link #geoJson()}, as stored. */
	public String geoJsonText() {
		return this.geoJsonText;
	}

	public Envelope envelope() {
		return this.geometry.getEnvelopeInternal();
	}

	/** Whether the point lies inside or on the edge. */
	public boolean covers(GeoPoint point) {
		if (this.prepared == null) {
			this.prepared = PreparedGeometryFactory.prepare(this.geometry);
		}
		Point p = this.geometry.getFactory().createPoint(new Coordinate(point.lng(), point.lat()));
		return this.prepared.covers(p);
	}

	/**
	 * A point guaranteed to lie inside, for a community that gives no centre of its own.
	 */
	public GeoPoint interiorPoint() {
		Point p = this.geometry.getInteriorPoint();
		return GeoPoint.rounded(p.getY(), p.getX());
	}

	/**
	 * Area in square degrees: only for comparing nearby boundaries, e.g. to prefer the
	 * smaller of two that overlap.
	 */
	public double planarArea() {
		return this.geometry.getArea();
	}

	/**
	 * A random point inside, for generated demo data; the interior point if a hundred
	 * tries miss.
	 */
	public GeoPoint randomPointInside(Random random) {
		Envelope box = envelope();
		for (int i = 0; i < 100; i++) {
			GeoPoint p = GeoPoint.rounded(box.getMinY() + random.nextDouble() * box.getHeight(),
					box.getMinX() + random.nextDouble() * box.getWidth());
			if (covers(p)) {
				return p;
			}
		}
		return interiorPoint();
	}

}
