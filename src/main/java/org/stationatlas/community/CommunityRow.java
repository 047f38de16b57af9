package org.stationatlas.community;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A community as the validator hands it to the mapper for insert or update. Mutable only
 * because MyBatis writes the generated key back into it.
 */
class CommunityRow {

	Long key;

	long stationKey;

	String name;

	String district;

	String street;

	String adminCode;

	Integer households;

	Integer population;

	BigDecimal centerLat;

	BigDecimal centerLng;

	String boundaryGeojson;

	BigDecimal minLat;

	BigDecimal maxLat;

	BigDecimal minLng;

	BigDecimal maxLng;

	int version;

	OffsetDateTime now;

	/** {@code null} when the input leaves the list as it is. */
	List<String> mainRoads;

	List<Place> keyUnits;

	List<Place> landmarks;

}
