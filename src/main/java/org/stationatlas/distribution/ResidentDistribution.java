package org.stationatlas.distribution;

import java.util.List;

/**
 * The distribution map of one request. Note that {@code query} is not in the schema: it
 * is kept so that {@code points} is only loaded when a client selects it.
 */
record ResidentDistribution(List<DistributionCell> cells, int suppressedCells, Integer suppressedResidents,
		int minimumCellSize, int precision, DistributionQuery query) {
}
