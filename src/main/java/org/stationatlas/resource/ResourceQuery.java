package org.stationatlas.resource;

import java.time.OffsetDateTime;

import org.stationatlas.resource.ResourceEnums.ResourceOrder;
import org.stationatlas.resource.ResourceEnums.ResourceStatus;
import org.stationatlas.resource.ResourceEnums.Visibility;

/**
 * A resources filter as the mapper needs it: who looks (scope), what to match, where, and
 * the keyset position.
 *
 * @param ownStation the viewer's station, whose internal resources he also sees;
 * {@code null} for none
 * @param allStations platform administrators see every resource
 * @param near the point and radius of a nearness search, already in WGS-84, or
 * {@code null}
 * @param afterValue the sort value of the cursor row (a name, a timestamp or a distance),
 * or {@code null}
 */
record ResourceQuery(Long ownStation, boolean allStations, ResourceDimension dimension, String typeCode,
		String needCategory, Long communityKey, ResourceStatus status, Visibility visibility, String pattern, Near near,
		Box box, OffsetDateTime verifiedBefore, boolean includeArchived, ResourceOrder order, String afterValue,
		Long afterKey) {

	/**
	 * A circle on the earth and the bounding box that prefilters it on the (lat, lng)
	 * index.
	 */
	record Near(double lat, double lng, int radiusMeters, double south, double west, double north, double east) {

		static Near of(double lat, double lng, int radiusMeters) {
			double dLat = radiusMeters / 111_320.0;
			double dLng = radiusMeters / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
			return new Near(lat, lng, radiusMeters, lat - dLat, lng - dLng, lat + dLat, lng + dLng);
		}

	}

	/** A WGS-84 bounding box. */
	record Box(double south, double west, double north, double east) {
	}

	public String individualTypes() {
		return "VOLUNTEER,EXPERT,COMMUNITY_LEADER";
	}

}
