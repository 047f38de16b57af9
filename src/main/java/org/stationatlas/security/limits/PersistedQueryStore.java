package org.stationatlas.security.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Where persisted queries are found: the allow-list shipped with the application, then
 * Redis, where a query a client registers is kept so that every instance knows it.
 */
final class PersistedQueryStore implements PersistedQueryCache {

	static final String KEY_PREFIX = "station-atlas:apq:";

	private static final Logger log = LoggerFactory.getLogger(PersistedQueryStore.class);

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final StringRedisTemplate redis;

	private final AllowList allowList;

	private final Duration ttl;

	private final boolean allowListOnly;

	PersistedQueryStore(StringRedisTemplate redis, AllowList allowList, Duration ttl, boolean allowListOnly) {
		this.redis = redis;
		this.allowList = allowList;
		this.ttl = ttl;
		this.allowListOnly = allowListOnly;
	}

	/**
	 * Note that only the query text is stored, and {@code onCacheMiss} parses and
	 * validates it on every use, so a stored query never skips validation or the limits;
	 * it throws {@code PersistedQueryNotFound} for a missing text and
	 * {@code PersistedQueryIdInvalid} for a text that does not match the hash.
	 */
	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
		String hash = persistedQueryId.toString().toLowerCase(Locale.ROOT);
		String sent = sentQuery(input);
		String known = this.allowList.get(hash);
		if (this.allowListOnly) {
			if (known == null && sent != null) {
				throw new PersistedQueryRequired();
			}
			return CompletableFuture.completedFuture(onCacheMiss.apply((sent != null) ? sent : known));
		}
		if (sent == null) {
			return CompletableFuture.completedFuture(onCacheMiss.apply((known != null) ? known : lookUp(hash)));
		}
		PreparsedDocumentEntry entry = onCacheMiss.apply(sent);
		if (known == null && !entry.hasErrors()) {
			register(hash, sent);
		}
		return CompletableFuture.completedFuture(entry);
	}

	private static String sentQuery(ExecutionInput input) {
		String query = input.getQuery();
		boolean absent = query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		return absent ? null : query;
	}

	/**
	 * Note that with Redis down a lookup misses: the client then sends the full query,
	 * which still runs.
	 */
	private String lookUp(String hash) {
		if (!SHA256_HEX.matcher(hash).matches()) {
			return null;
		}
		try {
			return this.redis.opsForValue().get(KEY_PREFIX + hash);
		}
		catch (RuntimeException ex) {
			log.warn("Persisted queries unavailable on read: {}", ex.getMessage());
			return null;
		}
	}

	private void register(String hash, String query) {
		try {
			this.redis.opsForValue().set(KEY_PREFIX + hash, query, this.ttl);
		}
		catch (RuntimeException ex) {
			log.warn("Persisted queries unavailable on write: {}", ex.getMessage());
		}
	}

}
