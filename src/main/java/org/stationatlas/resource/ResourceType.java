package org.stationatlas.resource;

import java.io.Serializable;

import org.stationatlas.system.GlobalId;

/**
 * A sub-type of the resource taxonomy (volunteer team, clinic, fund, venue, policy, ...):
 * data, extensible by admins.
 */
public record ResourceType(long key, String code, ResourceDimension dimension, String name, String description,
		int sortOrder) implements Serializable {

	public static final String TYPE = "ResourceType";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	public boolean individual() {
		return Resource.INDIVIDUAL_TYPES.contains(this.code);
	}

}
