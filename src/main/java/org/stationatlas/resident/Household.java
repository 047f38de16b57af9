package org.stationatlas.resident;

import java.time.OffsetDateTime;

import org.stationatlas.system.GlobalId;

/**
 * A household (家庭/户): an address with its members and household-level safety-net
 * categories.
 */
public record Household(long key, long stationKey, long communityKey, String address, int version,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public static final String TYPE = "Household";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

}
