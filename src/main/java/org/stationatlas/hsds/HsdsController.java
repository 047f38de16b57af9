package org.stationatlas.hsds;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.stationatlas.system.ApiException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 API over the public resources ({@code /hsds/...}): the list endpoints page
 * with HSDS's wrapper, or stream every record with {@code format=ndjson}. Errors have the
 * shape of GraphQL errors, like every plain HTTP endpoint of this API.
 */
@RestController
@RequestMapping("/hsds")
class HsdsController {

	static final String NDJSON = "application/x-ndjson";

	private final HsdsService hsds;

	HsdsController(HsdsService hsds) {
		this.hsds = hsds;
	}

	@GetMapping({ "", "/" })
	Map<String, Object> about() {
		return this.hsds.about();
	}

	@GetMapping("/services")
	Map<String, Object> services(HsdsParams params, HttpServletResponse response) throws IOException {
		return list(HsdsKind.SERVICE, params, response);
	}

	@GetMapping("/services/{id}")
	Map<String, Object> service(@PathVariable String id) {
		return this.hsds.one(HsdsKind.SERVICE, id);
	}

	@GetMapping("/organizations")
	Map<String, Object> organizations(HsdsParams params, HttpServletResponse response) throws IOException {
		return list(HsdsKind.ORGANIZATION, params, response);
	}

	@GetMapping("/organizations/{id}")
	Map<String, Object> organization(@PathVariable String id) {
		return this.hsds.one(HsdsKind.ORGANIZATION, id);
	}

	@GetMapping("/service_at_locations")
	Map<String, Object> serviceAtLocations(HsdsParams params, HttpServletResponse response) throws IOException {
		return list(HsdsKind.SERVICE_AT_LOCATION, params, response);
	}

	@GetMapping("/service_at_locations/{id}")
	Map<String, Object> serviceAtLocation(@PathVariable String id) {
		return this.hsds.one(HsdsKind.SERVICE_AT_LOCATION, id);
	}

	/**
	 * A page, or with {@code format=ndjson} the whole stream. Note that returning null
	 * after writing the stream is fine: a handler that takes the response has handled it.
	 */
	private Map<String, Object> list(HsdsKind kind, HsdsParams params, HttpServletResponse response)
			throws IOException {
		if (params.ndjson()) {
			this.hsds.stream(kind, params, () -> {
				response.setContentType(NDJSON);
				response.setCharacterEncoding("UTF-8");
				return response.getOutputStream();
			});
			return null;
		}
		if (params.format() != null && !"json".equals(params.format())) {
			throw ApiException.badInput("INVALID_PARAMETER", "format 只能是 json 或 ndjson");
		}
		return this.hsds.page(kind, params);
	}

}
