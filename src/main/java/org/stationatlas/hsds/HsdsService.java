package org.stationatlas.hsds;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.stationatlas.system.ApiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HSDS 3.0 export of the public resources: pages, single records and an ndjson stream
 * of every matching record. Any authenticated caller may read it (partner API keys and
 * every signed-in account): it holds public data only.
 */
@Service
class HsdsService {

	/** Rows read per statement while streaming: memory stays bounded. */
	static final int STREAM_CHUNK = 200;

	private final HsdsMapper mapper;

	private final HsdsDocuments documents;

	private final JsonMapper json;

	HsdsService(HsdsMapper mapper, HsdsDocuments documents, JsonMapper json) {
		this.mapper = mapper;
		this.documents = documents;
		this.json = json;
	}

	/** One page; read in one transaction, so that the total and the contents agree. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> page(HsdsKind kind, HsdsParams params) {
		int page = HsdsQuery.page(params);
		int perPage = HsdsQuery.perPage(params);
		HsdsQuery query = query(kind, params);
		long total = this.mapper.count(query);
		List<Map<String, Object>> contents = this.mapper.findPage(query, (long) (page - 1) * perPage, perPage)
			.stream()
			.map((r) -> HsdsDocuments.listForm(document(kind).apply(r)))
			.toList();
		long pages = (total + perPage - 1) / perPage;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total_items", total);
		body.put("total_pages", pages);
		body.put("page_number", page);
		body.put("size", contents.size());
		body.put("first_page", page == 1);
		body.put("last_page", page >= pages);
		body.put("empty", contents.isEmpty());
		body.put("contents", contents);
		return body;
	}

	/**
	 * Writes every matching record, fully nested, one JSON object a line, reading the
	 * database in keyset chunks. The stream is opened only once the caller is authorized
	 * and the parameters are valid, so refusals still get their status code. Note that
	 * there is deliberately no transaction around the whole stream: each chunk is a short
	 * statement, and the keyset (row id) neither misses nor repeats a row.
	 */
	@PreAuthorize("isAuthenticated()")
	void stream(HsdsKind kind, HsdsParams params, StreamOpener opener) throws IOException {
		HsdsQuery query = query(kind, params);
		Function<HsdsResource, Map<String, Object>> document = document(kind);
		OutputStream out = opener.open();
		long after = 0;
		List<HsdsResource> chunk;
		do {
			chunk = this.mapper.findChunk(query, after, STREAM_CHUNK);
			for (HsdsResource r : chunk) {
				out.write(this.json.writeValueAsBytes(document.apply(r)));
				out.write('\n');
			}
			out.flush();
			after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).key();
		}
		while (chunk.size() == STREAM_CHUNK);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> one(HsdsKind kind, String id) {
		String canonical = HsdsIds.canonical(id);
		HsdsResource r = (canonical != null) ? find(kind, canonical) : null;
		if (r == null) {
			throw ApiException.notFound("没有这个公开资源：" + id);
		}
		return document(kind).apply(r);
	}

	/** The root of the API: which HSDS version it speaks and where its description is. */
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> about() {
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("version", "3.0");
		// No HSDS profile: the base specification, unextended.
		about.put("profile", "https://github.com/openreferral/specification/tree/3.0");
		about.put("openapi_url",
				"https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
		return about;
	}

	private HsdsResource find(HsdsKind kind, String id) {
		if (kind != HsdsKind.SERVICE_AT_LOCATION) {
			// The resource's own uuid is the id of its main object: its organization or
			// its service.
			HsdsResource direct = this.mapper.findByUuid(id);
			if (direct != null && direct.organizational() == (kind == HsdsKind.ORGANIZATION)) {
				return direct;
			}
			if (kind == HsdsKind.ORGANIZATION) {
				return null;
			}
		}
		String uuid = this.mapper.findUuidByDerivedId(kind.idPrefix(), id);
		HsdsResource derived = (uuid != null) ? this.mapper.findByUuid(uuid) : null;
		boolean fits = derived != null && ((kind == HsdsKind.SERVICE) ? derived.organizational() : derived.located());
		return fits ? derived : null;
	}

	private HsdsQuery query(HsdsKind kind, HsdsParams params) {
		return HsdsQuery.of(kind, params, typeCode(params.taxonomyTermId()));
	}

	/**
	 * A taxonomy term given as its code or as its derived UUID; an unknown one matches
	 * nothing, as HSDS filters do.
	 */
	private String typeCode(String term) {
		if (term == null || term.isBlank()) {
			return null;
		}
		String id = HsdsIds.canonical(term.trim());
		if (id == null) {
			return term.trim();
		}
		return this.mapper.findTypeCodes()
			.stream()
			.filter((code) -> HsdsIds.taxonomyTerm(code).equals(id))
			.findFirst()
			.orElse(id);
	}

	private Function<HsdsResource, Map<String, Object>> document(HsdsKind kind) {
		return switch (kind) {
			case SERVICE -> this.documents::service;
			case ORGANIZATION -> this.documents::organization;
			case SERVICE_AT_LOCATION -> this.documents::serviceAtLocation;
		};
	}

	/** Opens the response body: sets the headers, then hands out the stream. */
	@FunctionalInterface
	interface StreamOpener {

		OutputStream open() throws IOException;

	}

}
