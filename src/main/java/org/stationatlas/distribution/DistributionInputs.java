package org.stationatlas.distribution;

import java.util.List;

import org.stationatlas.resident.SafetyNetCategory;

/**
 * The arguments of {@code residentDistribution}, as clients send them. Note that the
 * schema ({@code @oneOf}, non-null fields, enums) has already checked their shape; the
 * values are {@link DistributionQueries}' job.
 */
final class DistributionInputs {

	private DistributionInputs() {
	}

	/** Exactly one of the two, by {@code @oneOf}. */
	record DistributionArea(GeoBoundsInput bbox, String communityId) {
	}

	record GeoBoundsInput(double south, double west, double north, double east) {
	}

	record DistributionFilter(List<SafetyNetCategory> categories, String needCategory, String needStatus) {

		static final DistributionFilter NONE = new DistributionFilter(null, null, null);

	}

}
