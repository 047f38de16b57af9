package org.stationatlas.hsds;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of the HSDS list endpoints, as the client sent them: strings, so
 * that a malformed value is refused in the API's error shape rather than by the binder.
 */
record HsdsParams(String search, @BindParam("taxonomy_term_id") String taxonomyTermId,
		@BindParam("organization_id") String organizationId, @BindParam("modified_after") String modifiedAfter,
		String page, @BindParam("per_page") String perPage, String format) {

	boolean ndjson() {
		return "ndjson".equals(this.format);
	}

}
