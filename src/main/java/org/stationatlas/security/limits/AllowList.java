package org.stationatlas.security.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The queries shipped with the application in {@code persisted-queries/*.graphql}, keyed
 * by the SHA-256 (lower-case hex) of each file's text without leading and trailing
 * whitespace: the exact text a client must send and hash.
 */
final class AllowList {

	static final String LOCATION = "classpath*:persisted-queries/*.graphql";

	private final Map<String, String> queries;

	private AllowList(Map<String, String> queries) {
		this.queries = queries;
	}

	static AllowList load(ResourcePatternResolver resolver) {
		Map<String, String> queries = new TreeMap<>();
		try {
			for (Resource resource : resolver.getResources(LOCATION)) {
				String query = resource.getContentAsString(StandardCharsets.UTF_8).strip();
				queries.put(sha256(query), query);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the persisted queries in " + LOCATION, ex);
		}
		return new AllowList(Map.copyOf(queries));
	}

	static String sha256(String query) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The query with this hash, or {@code null}. */
	String get(String hash) {
		return this.queries.get(hash);
	}

	int size() {
		return this.queries.size();
	}

}
