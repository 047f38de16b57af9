package org.stationatlas.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * HSDS ids: the resource's own uuid for its main object, and name-based (version 3) UUIDs
 * of {@code "<kind>:" + uuid} for the objects derived from it, so that every id is stable
 * across exports without being stored. Note that the mapper recomputes the same
 * derivation in SQL ({@code findUuidByDerivedId}); change both together.
 */
final class HsdsIds {

	private HsdsIds() {
	}

	static String derive(String prefix, String uuid) {
		return UUID.nameUUIDFromBytes((prefix + uuid).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** The id of the service a resource offers. */
	static String service(HsdsResource r) {
		return r.organizational() ? derive(HsdsKind.SERVICE.idPrefix(), r.uuid()) : r.uuid();
	}

	static String serviceAtLocation(HsdsResource r) {
		return derive(HsdsKind.SERVICE_AT_LOCATION.idPrefix(), r.uuid());
	}

	static String location(HsdsResource r) {
		return derive("location:", r.uuid());
	}

	/** The taxonomy term of a resource type, by its stable code. */
	static String taxonomyTerm(String typeCode) {
		return derive("taxonomy_term:", typeCode);
	}

	/** The id in canonical lower-case form, or {@code null} if it is no UUID. */
	static String canonical(String id) {
		try {
			return UUID.fromString(id).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
