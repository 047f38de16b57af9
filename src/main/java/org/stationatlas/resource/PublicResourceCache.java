package org.stationatlas.resource;

import java.util.List;

import org.stationatlas.system.CacheInvalidator;
import org.stationatlas.system.CacheNames;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Public resource lists (what anonymous callers, residents and partner keys see) cached
 * in Redis, keyed by the whole query. Note that staff lists are never cached: they
 * include the station's internal resources.
 */
@Component
class PublicResourceCache implements ResourceChangeListener {

	private final ResourceMapper mapper;

	private final CacheInvalidator invalidator;

	PublicResourceCache(ResourceMapper mapper, CacheInvalidator invalidator) {
		this.mapper = mapper;
		this.invalidator = invalidator;
	}

	@Cacheable(cacheNames = CacheNames.PUBLIC_RESOURCES, key = "'page|' + #limit + '|' + #query")
	public List<Resource> page(ResourceQuery query, int limit) {
		return this.mapper.findPage(query, limit);
	}

	@Cacheable(cacheNames = CacheNames.PUBLIC_RESOURCES, key = "'count|' + #query")
	public Long count(ResourceQuery query) {
		return this.mapper.count(query);
	}

	/**
	 * Any write can change any public list (a rename reorders, an archive removes):
	 * forget them all.
	 */
	@Override
	public void resourcesChanged() {
		this.invalidator.invalidateAll(CacheNames.PUBLIC_RESOURCES);
	}

}
