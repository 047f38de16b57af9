package org.stationatlas.resource;

import java.util.List;
import java.util.Map;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.resource.ResourceInputs.ResourceInput;
import org.stationatlas.resource.ResourceInputs.ResourcePayload;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.UserError;

import org.springframework.stereotype.Component;

/**
 * The write path of resources: validate, write the row and its lists, and make every
 * cache that shows resources forget what the write made stale. Callers hold the
 * transaction.
 */
@Component
class ResourceWrites {

	private final ResourceMapper mapper;

	private final TaxonomyService taxonomy;

	private final CommunityService communities;

	private final CurrentUser currentUser;

	private final List<ResourceChangeListener> listeners;

	ResourceWrites(ResourceMapper mapper, TaxonomyService taxonomy, CommunityService communities,
			CurrentUser currentUser, List<ResourceChangeListener> listeners) {
		this.mapper = mapper;
		this.taxonomy = taxonomy;
		this.communities = communities;
		this.currentUser = currentUser;
		this.listeners = listeners;
	}

	ResourcePayload create(long station, ResourceInput in) {
		ResourceType type = this.taxonomy.byCode(in.subType());
		if (type == null) {
			return ResourcePayload.failed("subType", "UNKNOWN_SUB_TYPE", "未知的资源类别：" + in.subType());
		}
		ResourceRow row = new ResourceRow();
		row.uuid = ResourceService.newUuid();
		row.stationKey = station;
		List<UserError> errors = new ResourceValidator().fill(row, in, null, type);
		row.communities = communities(in.communityIds(), station, errors);
		if (!errors.isEmpty()) {
			return ResourcePayload.failed(errors);
		}
		row.actor = this.currentUser.accountKey().orElse(null);
		row.now = ResourceService.now();
		row.lastVerifiedAt = row.now;
		row.lastVerifiedBy = row.actor;
		this.mapper.insert(row);
		writeLists(row, true);
		changed();
		return ok(row.key);
	}

	ResourcePayload update(long station, ResourceInput in) {
		Resource existing = owned(in.id(), station);
		if (existing == null) {
			return ResourcePayload.failed("id", "NOT_FOUND", "找不到该资源");
		}
		ResourceType type = (in.subType() != null) ? this.taxonomy.byCode(in.subType())
				: this.taxonomy.byCode(existing.typeCode());
		if (type == null) {
			return ResourcePayload.failed("subType", "UNKNOWN_SUB_TYPE", "未知的资源类别：" + in.subType());
		}
		ResourceRow row = new ResourceRow();
		row.key = existing.key();
		row.stationKey = station;
		row.version = (in.version() != null) ? in.version() : -1;
		List<UserError> errors = new ResourceValidator().fill(row, in, existing, type);
		row.communities = (in.communityIds() != null) ? communities(in.communityIds(), station, errors) : null;
		if (!errors.isEmpty()) {
			return ResourcePayload.failed(errors);
		}
		row.actor = this.currentUser.accountKey().orElse(null);
		row.now = ResourceService.now();
		if (this.mapper.update(row) == 0) {
			return ResourcePayload.failed("version", existing.archived() ? "ARCHIVED" : "VERSION_CONFLICT",
					existing.archived() ? "该资源已归档" : "该资源已被他人修改，请刷新后重试");
		}
		writeLists(row, false);
		changed();
		return ok(row.key);
	}

	/**
	 * Verifies (stamps "still there, checked today") or archives a resource of the
	 * station.
	 */
	ResourcePayload stamp(long station, ResourceInputs.ResourceRef ref, boolean verify) {
		Resource existing = owned(ref.id(), station);
		if (existing == null) {
			return ResourcePayload.failed("id", "NOT_FOUND", "找不到该资源");
		}
		int version = (ref.version() != null) ? ref.version() : -1;
		Long actor = this.currentUser.accountKey().orElse(null);
		int updated = verify ? this.mapper.verify(existing.key(), station, version, actor, ResourceService.now())
				: this.mapper.archive(existing.key(), station, version, actor, ResourceService.now());
		if (updated == 0) {
			return ResourcePayload.failed("version", existing.archived() ? "ARCHIVED" : "VERSION_CONFLICT",
					existing.archived() ? "该资源已归档" : "该资源已被他人修改，请刷新后重试");
		}
		changed();
		return ok(existing.key());
	}

	private Resource owned(String id, long station) {
		long key = GlobalId.decode(id, Resource.TYPE);
		Resource found = this.mapper.findByKeys(List.of(key), ownView(station)).stream().findFirst().orElse(null);
		return (found != null && found.stationKey() == station) ? found : null;
	}

	private List<Long> communities(List<String> ids, long station, List<UserError> errors) {
		if (ids == null) {
			return List.of();
		}
		List<Long> keys = ids.stream().map((id) -> GlobalId.decode(id, Community.TYPE)).distinct().toList();
		Map<Long, Community> found = this.communities.findByKeys(keys);
		if (keys.stream().anyMatch((k) -> found.get(k) == null || found.get(k).stationKey() != station)) {
			errors.add(UserError.of("communityIds", "NOT_FOUND", "服务区域中有不属于本社工站的社区"));
		}
		return keys;
	}

	private void writeLists(ResourceRow row, boolean created) {
		if (row.communities != null) {
			if (!created) {
				this.mapper.deleteCommunities(row.key);
			}
			if (!row.communities.isEmpty()) {
				this.mapper.insertCommunities(row.key, row.communities);
			}
		}
		if (row.needCategories != null) {
			if (!created) {
				this.mapper.deleteNeedCategories(row.key);
			}
			if (!row.needCategories.isEmpty()) {
				this.mapper.insertNeedCategories(row.key, row.needCategories);
			}
		}
		if (row.eligibleCategories != null) {
			if (!created) {
				this.mapper.deleteEligibleCategories(row.key);
			}
			if (!row.eligibleCategories.isEmpty()) {
				this.mapper.insertEligibleCategories(row.key, row.eligibleCategories);
			}
		}
	}

	private void changed() {
		this.listeners.forEach(ResourceChangeListener::resourcesChanged);
	}

	private ResourcePayload ok(long key) {
		return new ResourcePayload(this.mapper.findByKeys(List.of(key), ownView(-1)).get(0), List.of());
	}

	private static ResourceQuery ownView(long station) {
		return new ResourceQuery(null, true, null, null, null, null, null, null, null, null, null, null, true,
				ResourceEnums.ResourceOrder.NAME, null, null);
	}

}
