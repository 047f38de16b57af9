package org.stationatlas.security;

/**
 * An authentication that brings its own request budget, such as a partner API key with
 * its configured rate.
 */
public interface RateLimited {

	/** Requests allowed per minute for this principal. */
	int requestsPerMinute();

}
