package org.stationatlas.distribution;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The distribution map's limits, under {@code app.distribution}; every one has a default.
 *
 * @param minCellSize the fewest people a cell (or a category within it) must hold to be
 * shown, so that no one can be singled out on the map
 * @param maxCells the most cells one request may cover
 * @param maxPoints the most individual points one request may return
 */
@ConfigurationProperties(prefix = "app.distribution")
@Validated
record DistributionProperties(@DefaultValue("5") @Positive int minCellSize,
		@DefaultValue("5000") @Positive int maxCells, @DefaultValue("2000") @Positive int maxPoints) {
}
