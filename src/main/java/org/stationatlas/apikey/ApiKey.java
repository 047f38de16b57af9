package org.stationatlas.apikey;

import java.time.OffsetDateTime;

import org.stationatlas.system.GlobalId;

/**
 * A partner's API key as stored: never the key itself, only its hash and a prefix to
 * recognise it by.
 */
public record ApiKey(long key, String name, String keyPrefix, int rateLimitPerMinute, Long createdBy,
		OffsetDateTime createdAt, OffsetDateTime revokedAt) {

	public static final String TYPE = "ApiKey";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
