package org.stationatlas.community;

import java.util.List;
import java.util.Map;

import org.stationatlas.geo.GeoPointInput;

/**
 * The inputs of the community mutations, as clients send them. Validation is
 * {@link CommunityValidator}'s job.
 */
final class CommunityInputs {

	private CommunityInputs() {
	}

	record CommunityFilter(String stationId, String district, String street, String text, Boolean includeArchived) {

		static final CommunityFilter NONE = new CommunityFilter(null, null, null, null, false);

	}

	record PlaceInput(String name, PlaceKind kind, String address, GeoPointInput location) {
	}

	record CreateCommunityInput(String stationId, String name, String district, String street, String adminCode,
			Integer households, Integer population, GeoPointInput center, Map<String, Object> boundary,
			List<String> mainRoads, List<PlaceInput> keyUnits, List<PlaceInput> landmarks) {
	}

	/**
	 * Note that a field left out (or null) stays as it is; a list given replaces the
	 * whole list.
	 */
	record UpdateCommunityInput(String id, Integer version, String name, String district, String street,
			String adminCode, Integer households, Integer population, GeoPointInput center,
			Map<String, Object> boundary, List<String> mainRoads, List<PlaceInput> keyUnits,
			List<PlaceInput> landmarks) {
	}

	record ArchiveCommunityInput(String id, Integer version) {
	}

}
