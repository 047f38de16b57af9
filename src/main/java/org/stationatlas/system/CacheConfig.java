package org.stationatlas.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The Redis caches, each with its own time-to-live. Note that the manager is
 * transaction-aware: an eviction waits for the commit, so a reader cannot put the old
 * value back between the eviction and the commit. If Redis is down, reads go to the
 * database and the service keeps answering.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig implements CachingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(CacheConfig.class);

	@Bean
	RedisCacheManager cacheManager(RedisConnectionFactory connections,
			@Value("${app.cache.community-at-ttl:10m}") Duration communityAtTtl,
			@Value("${app.cache.resource-map-ttl:5m}") Duration resourceMapTtl) {
		RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
			.prefixCacheNameWith("station-atlas:")
			.entryTtl(Duration.ofMinutes(10));
		// SCAN, not KEYS, when a whole cache is cleared: KEYS blocks a shared Redis.
		return RedisCacheManager
			.builder(RedisCacheWriter.nonLockingRedisCacheWriter(connections, BatchStrategies.scan(500)))
			.cacheDefaults(defaults)
			.withCacheConfiguration(CacheNames.COMMUNITY_AT, defaults.entryTtl(communityAtTtl))
			.withCacheConfiguration(CacheNames.RESOURCE_TYPES, defaults.entryTtl(Duration.ofHours(1)))
			.withCacheConfiguration(CacheNames.PUBLIC_RESOURCES, defaults.entryTtl(resourceMapTtl))
			.withCacheConfiguration(CacheNames.RESOURCE_MAP_TILES, defaults.entryTtl(resourceMapTtl))
			.transactionAware()
			.build();
	}

	@Override
	public CacheErrorHandler errorHandler() {
		return new CacheErrorHandler() {
			@Override
			public void handleCacheGetError(RuntimeException ex, Cache cache, Object key) {
				log.warn("Cache {} unavailable on read, using the database: {}", cache.getName(), ex.getMessage());
			}

			@Override
			public void handleCachePutError(RuntimeException ex, Cache cache, Object key, Object value) {
				log.warn("Cache {} unavailable on write: {}", cache.getName(), ex.getMessage());
			}

			@Override
			public void handleCacheEvictError(RuntimeException ex, Cache cache, Object key) {
				log.warn("Cache {} unavailable on evict: {}", cache.getName(), ex.getMessage());
			}

			@Override
			public void handleCacheClearError(RuntimeException ex, Cache cache) {
				log.warn("Cache {} unavailable on clear: {}", cache.getName(), ex.getMessage());
			}
		};
	}

}
