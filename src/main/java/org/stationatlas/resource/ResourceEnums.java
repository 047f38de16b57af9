package org.stationatlas.resource;

/**
 * The small vocabularies of a resource.
 */
final class ResourceEnums {

	private ResourceEnums() {
	}

	/** Whether the resource is in use, only known to exist (潜在的资源), or out of use. */
	enum ResourceStatus {

		ACTIVE, POTENTIAL, INACTIVE

	}

	/** Who may see it: everyone (and partner feeds), or only the station. */
	enum Visibility {

		PUBLIC, INTERNAL

	}

	/** How the station learned of it. */
	enum Source {

		COMMUNITY_WALK, POLICY_DOCUMENT, COMMUNITY_LEADER, PARTNER_FEED, SERVICE_DATA, OTHER

	}

	/** How a resource list is ordered. */
	enum ResourceOrder {

		DISTANCE, NAME, UPDATED, VERIFIED

	}

}
