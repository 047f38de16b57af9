package org.stationatlas.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties a whole cache so that the very next read misses. Note that this is not
 * {@code @CacheEvict(allEntries = true)}: that calls {@link Cache#clear()}, which Spring
 * Data Redis 4 may perform in the background, so the next read could still find the old
 * answer; {@link Cache#invalidate()} is immediate. Inside a transaction it waits for the
 * commit, so a reader cannot cache the old rows again in between. If Redis is down it
 * logs and returns; entries then live at most their time-to-live.
 */
@Component
public class CacheInvalidator {

	private static final Logger log = LoggerFactory.getLogger(CacheInvalidator.class);

	private final CacheManager caches;

	CacheInvalidator(CacheManager caches) {
		this.caches = caches;
	}

	public void invalidateAll(String cacheName) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					invalidate(cacheName);
				}
			});
		}
		else {
			invalidate(cacheName);
		}
	}

	private void invalidate(String cacheName) {
		Cache cache = this.caches.getCache(cacheName);
		try {
			if (cache != null) {
				cache.invalidate();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Cache {} unavailable on clear: {}", cacheName, ex.getMessage());
		}
	}

}
