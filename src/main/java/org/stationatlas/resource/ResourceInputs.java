package org.stationatlas.resource;

import java.time.OffsetDateTime;
import java.util.List;

import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoPointInput;
import org.stationatlas.resident.SafetyNetCategory;
import org.stationatlas.resource.ResourceEnums.ResourceOrder;
import org.stationatlas.resource.ResourceEnums.ResourceStatus;
import org.stationatlas.resource.ResourceEnums.Source;
import org.stationatlas.resource.ResourceEnums.Visibility;
import org.stationatlas.system.UserError;

/**
 * Inputs and payloads of the resource queries and mutations, as clients send and receive
 * them.
 */
final class ResourceInputs {

	private ResourceInputs() {
	}

	record NearInput(Double lat, Double lng, Integer radiusMeters, CoordSystem coordSystem) {
	}

	record BBox(Double south, Double west, Double north, Double east, CoordSystem coordSystem) {
	}

	record ResourceFilter(ResourceDimension dimension, String subType, String needCategory, String communityId,
			ResourceStatus status, Visibility visibility, String text, NearInput near, BBox bbox,
			OffsetDateTime verifiedBefore, Boolean includeArchived) {

		static final ResourceFilter NONE = new ResourceFilter(null, null, null, null, null, null, null, null, null,
				null, null);

	}

	/**
	 * Note that on update a field left out (or null) stays as it is; a list given
	 * replaces the whole list.
	 */
	record ResourceInput(String id, Integer version, String subType, String name, String description, String provider,
			String contactName, String contactPhone, String contactEmail, String website, String address,
			GeoPointInput location, Integer serviceRadiusMeters, List<String> communityIds, List<String> needCategories,
			String eligibility, Integer minAge, Integer maxAge, List<SafetyNetCategory> eligibleCategories,
			String availability, Integer capacity, ResourceStatus status, Visibility visibility, Source source) {
	}

	record ResourceRef(String id, Integer version) {
	}

	record CreateResourceTypeInput(String code, ResourceDimension dimension, String name, String description,
			Integer sortOrder) {
	}

	record ResourcePayload(Resource resource, List<UserError> userErrors) {

		static ResourcePayload failed(List<UserError> errors) {
			return new ResourcePayload(null, errors);
		}

		static ResourcePayload failed(String field, String code, String message) {
			return failed(List.of(UserError.of(field, code, message)));
		}

	}

	record ResourceTypePayload(ResourceType resourceType, List<UserError> userErrors) {
	}

	record OrderBy(ResourceOrder field) {
	}

}
