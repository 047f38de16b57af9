package org.stationatlas.community;

/**
 * What a key unit or landmark on the community map is.
 */
public enum PlaceKind {

	GOVERNMENT, RESIDENTS_COMMITTEE, POLICE, CLINIC, HOSPITAL, SCHOOL, KINDERGARTEN, PROPERTY_OFFICE, ELDERLY_CARE,
	MARKET, PARK, SQUARE, TRANSIT, CULTURAL, OTHER

}
