package org.stationatlas.distribution;

import java.util.List;

import org.stationatlas.resident.SafetyNetCategory;
import org.stationatlas.geo.GeoPoint;

/**
 * One resident on the map: where and in which categories, and deliberately nothing that
 * names the person.
 *
 * @param id the resident's global ID ({@code Resident:<key>})
 */
record DistributionPoint(String id, GeoPoint location, List<SafetyNetCategory> categories) {
}
