package org.stationatlas.servers;

/**
 * Where the database and Redis are, and a sentence for the log saying which servers they
 * are.
 */
record Endpoints(String databaseUrl, String databaseUser, String databasePassword, String redisUrl,
		String description) {
}
