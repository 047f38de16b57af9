package org.stationatlas.resource;

import java.util.List;
import java.util.Locale;

import org.stationatlas.security.Authorities;
import org.stationatlas.system.CacheInvalidator;
import org.stationatlas.system.CacheNames;
import org.stationatlas.system.UserError;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource taxonomy: sub-types by dimension, public and cached in Redis, extended by
 * platform administrators.
 */
@Service
class TaxonomyService {

	private final ResourceMapper mapper;

	private final CacheInvalidator invalidator;

	TaxonomyService(ResourceMapper mapper, CacheInvalidator invalidator) {
		this.mapper = mapper;
		this.invalidator = invalidator;
	}

	@Cacheable(cacheNames = CacheNames.RESOURCE_TYPES, key = "'all'")
	@Transactional(readOnly = true)
	public List<ResourceType> all() {
		return this.mapper.findTypes(null);
	}

	ResourceType byCode(String code) {
		if (code == null) {
			return null;
		}
		return all().stream().filter((t) -> t.code().equals(code.strip())).findFirst().orElse(null);
	}

	@PreAuthorize("hasAuthority('" + Authorities.TAXONOMY_MANAGE + "')")
	@Transactional
	public ResourceInputs.ResourceTypePayload create(ResourceInputs.CreateResourceTypeInput in) {
		String code = (in.code() != null) ? in.code().strip().toUpperCase(Locale.ROOT) : "";
		String name = (in.name() != null) ? in.name().strip() : "";
		if (!code.matches("[A-Z][A-Z0-9_]{1,39}") || name.isEmpty() || name.length() > 50 || in.dimension() == null) {
			return new ResourceInputs.ResourceTypePayload(null,
					List.of(UserError.of("code", "INVALID_SUB_TYPE", "类别代码为 2 到 40 位大写字母、数字或下划线，名称 1 到 50 字，并须指定维度")));
		}
		ResourceMapper.NewType row = new ResourceMapper.NewType();
		row.code = code;
		row.dimension = in.dimension();
		row.name = name;
		row.description = in.description();
		row.sortOrder = (in.sortOrder() != null) ? in.sortOrder() : 100;
		row.now = ResourceService.now();
		try {
			this.mapper.insertType(row);
		}
		catch (DuplicateKeyException ex) {
			return new ResourceInputs.ResourceTypePayload(null,
					List.of(UserError.of("code", "DUPLICATE_CODE", "已有代码为 " + code + " 的类别")));
		}
		this.invalidator.invalidateAll(CacheNames.RESOURCE_TYPES);
		return new ResourceInputs.ResourceTypePayload(
				this.mapper.findTypes(null).stream().filter((t) -> t.code().equals(code)).findFirst().orElseThrow(),
				List.of());
	}

}
