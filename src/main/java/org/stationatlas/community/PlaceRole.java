package org.stationatlas.community;

/**
 * Whether a place is a key unit (重要单位) or a landmark (地标) of its community.
 */
enum PlaceRole {

	KEY_UNIT, LANDMARK

}
