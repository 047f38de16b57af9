package org.stationatlas.distribution;

import org.junit.jupiter.api.Test;

import org.stationatlas.geo.Geohash;
import org.stationatlas.system.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Cell sizes, the meeting rule that makes counts whole cells, and zoom levels.
 */
class GeoBoundsTest {

	@Test
	void cellSizesAreThoseOfRealCells() {
		for (int precision = 1; precision <= 8; precision++) {
			GeoBounds cell = GeoBounds.ofCell(Geohash.encode(30.658, 104.066, precision));
			assertThat(cell.north() - cell.south()).isEqualTo(GeoBounds.cellHeight(precision));
			assertThat(cell.east() - cell.west()).isEqualTo(GeoBounds.cellWidth(precision));
		}
		assertThat(GeoBounds.cellWidth(1)).isEqualTo(45.0);
		assertThat(GeoBounds.cellHeight(7)).isEqualTo(180 / Math.pow(2, 17));
	}

	@Test
	void aBoxMeetsTheCellsItTouches() {
		GeoBounds cell = new GeoBounds(30, 104, 31, 105);
		assertThat(new GeoBounds(30.5, 104.5, 30.6, 104.6).meets(cell)).isTrue();
		assertThat(new GeoBounds(29, 103, 30, 104).meets(cell)).as("south-west corner").isTrue();
		assertThat(new GeoBounds(31, 105, 32, 106).meets(cell)).as("north-east corner belongs to others").isFalse();
		assertThat(new GeoBounds(29, 103, 29.9, 103.9).meets(cell)).isFalse();
	}

	@Test
	void zoomLevelsMapToGeohashLengths() {
		assertThat(DistributionQueries.precision(1)).isEqualTo(2);
		assertThat(DistributionQueries.precision(5)).isEqualTo(3);
		assertThat(DistributionQueries.precision(8)).isEqualTo(4);
		assertThat(DistributionQueries.precision(11)).isEqualTo(5);
		assertThat(DistributionQueries.precision(14)).isEqualTo(6);
		assertThat(DistributionQueries.precision(15)).isEqualTo(7);
		assertThat(DistributionQueries.precision(20)).isEqualTo(7);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> DistributionQueries.precision(21))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("ZOOM_OUT_OF_RANGE"));
	}

}
