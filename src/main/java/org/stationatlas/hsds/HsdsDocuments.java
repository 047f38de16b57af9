package org.stationatlas.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Maps public resources onto HSDS 3.0 objects. Every resource offers one service: an
 * ORGANIZATIONAL resource is an organization (named after its provider when it has one)
 * offering that service; a FUNDING resource's service carries a funding entry; a resource
 * with a point is offered at a location (service_at_location); every service carries its
 * resource type as a taxonomy term. Absent values are left out, never sent as null.
 */
@Component
class HsdsDocuments {

	static final String TAXONOMY = "station-atlas-resource-type";

	/**
	 * RFC 3339 always has seconds, which {@code OffsetDateTime.toString()} drops when
	 * they are zero.
	 */
	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	Map<String, Object> service(HsdsResource r) {
		Map<String, Object> service = serviceSummary(r);
		put(service, "phones", r.organizational() ? null : phones(r, "service_id", HsdsIds.service(r)));
		put(service, "funding", "FUNDING".equals(r.dimension()) ? List.of(funding(r)) : null);
		put(service, "service_at_locations", r.located() ? List.of(serviceAtLocation(r, false)) : null);
		put(service, "attributes", List.of(attribute(r)));
		put(service, "organization", r.organizational() ? organizationSummary(r) : null);
		return service;
	}

	Map<String, Object> organization(HsdsResource r) {
		Map<String, Object> organization = organizationSummary(r);
		put(organization, "website", website(r.website()));
		put(organization, "phones", phones(r, "organization_id", r.uuid()));
		put(organization, "locations", r.located() ? List.of(location(r)) : null);
		put(organization, "services", List.of(serviceSummary(r)));
		return organization;
	}

	Map<String, Object> serviceAtLocation(HsdsResource r) {
		return serviceAtLocation(r, true);
	}

	/**
	 * The list form of an HSDS object: its one-to-one fields only, as the HSDS list
	 * endpoints return them.
	 */
	static Map<String, Object> listForm(Map<String, Object> full) {
		Map<String, Object> list = new LinkedHashMap<>(full);
		list.values().removeIf(List.class::isInstance);
		return list;
	}

	private Map<String, Object> serviceAtLocation(HsdsResource r, boolean withService) {
		Map<String, Object> sal = new LinkedHashMap<>();
		sal.put("id", HsdsIds.serviceAtLocation(r));
		sal.put("service_id", HsdsIds.service(r));
		sal.put("location_id", HsdsIds.location(r));
		put(sal, "description", r.address());
		sal.put("location", location(r));
		put(sal, "service", withService ? serviceSummary(r) : null);
		return sal;
	}

	private Map<String, Object> serviceSummary(HsdsResource r) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("id", HsdsIds.service(r));
		put(service, "organization_id", r.organizational() ? r.uuid() : null);
		service.put("name", r.name());
		put(service, "description", r.description());
		put(service, "url", r.organizational() ? null : website(r.website()));
		// Note that the feed holds ACTIVE resources only.
		service.put("status", "active");
		put(service, "eligibility_description", r.eligibility());
		put(service, "minimum_age", r.minAge());
		put(service, "maximum_age", r.maxAge());
		service.put("last_modified", RFC_3339.format(r.updatedAt().atOffset(ZoneOffset.UTC)));
		return service;
	}

	private Map<String, Object> organizationSummary(HsdsResource r) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("id", r.uuid());
		organization.put("name", (r.provider() != null) ? r.provider() : r.name());
		// HSDS requires a description; the name stands in for a missing one.
		organization.put("description", (r.description() != null) ? r.description() : r.name());
		return organization;
	}

	/**
	 * HSDS addresses require city, province and postcode, which the library does not
	 * keep: the address text goes into the location's description.
	 */
	private Map<String, Object> location(HsdsResource r) {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("id", HsdsIds.location(r));
		location.put("location_type", "physical");
		put(location, "organization_id", r.organizational() ? r.uuid() : null);
		location.put("name", r.name());
		put(location, "description", r.address());
		location.put("latitude", r.lat());
		location.put("longitude", r.lng());
		return location;
	}

	/** Only the resource's public contact number: never a person's. */
	private List<Map<String, Object>> phones(HsdsResource r, String linkField, String linkId) {
		if (r.contactPhone() == null || r.contactPhone().isBlank()) {
			return null;
		}
		Map<String, Object> phone = new LinkedHashMap<>();
		phone.put("id", HsdsIds.derive("phone:", r.uuid()));
		phone.put(linkField, linkId);
		phone.put("number", r.contactPhone());
		return List.of(phone);
	}

	private Map<String, Object> funding(HsdsResource r) {
		Map<String, Object> funding = new LinkedHashMap<>();
		funding.put("id", HsdsIds.derive("funding:", r.uuid()));
		funding.put("service_id", HsdsIds.service(r));
		funding.put("source", (r.provider() != null) ? r.provider() : r.name());
		return funding;
	}

	private Map<String, Object> attribute(HsdsResource r) {
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("id", HsdsIds.taxonomyTerm(r.typeCode()));
		term.put("code", r.typeCode());
		term.put("name", r.typeName());
		term.put("description", (r.typeDescription() != null) ? r.typeDescription() : r.typeName());
		term.put("taxonomy", TAXONOMY);
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("id", HsdsIds.derive("attribute:", r.uuid()));
		attribute.put("link_id", HsdsIds.service(r));
		attribute.put("link_entity", "service");
		attribute.put("taxonomy_term_id", term.get("id"));
		attribute.put("taxonomy_term", term);
		return attribute;
	}

	/** An absolute http(s) URI, or null: HSDS types the field as a URI. */
	private static String website(String text) {
		if (text == null || !text.chars().allMatch((c) -> c > 32 && c < 127)) {
			return null;
		}
		try {
			URI uri = new URI(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? text : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
