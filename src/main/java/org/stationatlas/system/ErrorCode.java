package org.stationatlas.system;

/**
 * The one set of top-level error codes clients see in {@code extensions.code}.
 */
public enum ErrorCode {

	BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, INTERNAL

}
