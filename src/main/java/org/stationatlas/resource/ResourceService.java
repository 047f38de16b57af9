package org.stationatlas.resource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.geo.CoordSystem;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.resource.ResourceEnums.ResourceOrder;
import org.stationatlas.resource.ResourceInputs.ResourceFilter;
import org.stationatlas.resource.ResourceInputs.ResourceInput;
import org.stationatlas.resource.ResourceInputs.ResourcePayload;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ErrorCode;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.TextSearch;
import org.stationatlas.system.UserError;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources library: what each viewer may see (public resources for everyone, the
 * station's own internal ones for its staff), found by filters, nearness or a box, and
 * recorded, verified and archived by the station.
 */
@Service
public class ResourceService {

	static final String WRITE = "hasAuthority('" + Authorities.RESOURCE_WRITE + "')";

	static final int MAX_RADIUS = 50_000;

	private final ResourceMapper mapper;

	private final ResourceWrites writes;

	private final CurrentUser currentUser;

	private final CommunityService communities;

	private final PublicResourceCache publicCache;

	private final int staleAfterDays;

	ResourceService(ResourceMapper mapper, ResourceWrites writes, CurrentUser currentUser, CommunityService communities,
			PublicResourceCache publicCache, @Value("${app.resources.stale-after-days:180}") int staleAfterDays) {
		this.publicCache = publicCache;
		this.staleAfterDays = staleAfterDays;
		this.mapper = mapper;
		this.writes = writes;
		this.currentUser = currentUser;
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	ResourceConnection find(ResourceFilter f, ResourceOrder requestedOrder, Integer first, String after) {
		PageRequest page = PageRequest.of(first, null);
		ResourceOrder order = (requestedOrder != null) ? requestedOrder
				: (f.near() != null) ? ResourceOrder.DISTANCE : ResourceOrder.NAME;
		if (order == ResourceOrder.DISTANCE && f.near() == null) {
			throw ApiException.badInput("NEAR_REQUIRED", "按距离排序需要提供 near（中心点和半径）");
		}
		ResourceCursor cursor = (after != null) ? ResourceCursor.decode(after, order) : null;
		ResourceQuery q = query(f, order, cursor);
		if (q.ownStation() == null && !q.allStations()) {
			List<Resource> rows = this.publicCache.page(q, page.fetchSize());
			return ResourceConnection.of(rows, page.first(), order, cursor != null, () -> this.publicCache.count(q));
		}
		List<Resource> rows = this.mapper.findPage(q, page.fetchSize());
		return ResourceConnection.of(rows, page.first(), order, cursor != null, () -> this.mapper.count(q));
	}

	/**
	 * Resources of the caller's view not verified for
	 * {@code app.resources.stale-after-days} (default 180), the least recently verified
	 * first: the list someone works through to re-check them.
	 */
	@PreAuthorize("hasAuthority('" + Authorities.RESOURCE_READ + "')")
	@Transactional(readOnly = true)
	ResourceConnection findStale(Integer first, String after) {
		ResourceFilter stale = new ResourceFilter(null, null, null, null, null, null, null, null, null,
				now().minusDays(this.staleAfterDays), null);
		return find(stale, ResourceOrder.VERIFIED, first, after);
	}

	@Transactional(readOnly = true)
	public Map<Long, Resource> findVisible(Collection<Long> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.mapper.findByKeys(keys, query(ResourceFilter.NONE, ResourceOrder.NAME, null))
			.stream()
			.collect(Collectors.toMap(Resource::key, Function.identity()));
	}

	@Transactional(readOnly = true)
	Resource findOne(String id) {
		long key = GlobalId.decode(id, Resource.TYPE);
		Resource found = findVisible(List.of(key)).get(key);
		if (found == null) {
			throw ApiException.notFound("找不到该资源");
		}
		return found;
	}

	@PreAuthorize(WRITE)
	@Transactional
	ResourcePayload create(ResourceInput in) {
		return this.writes.create(ownStation(), in);
	}

	@PreAuthorize(WRITE)
	@Transactional
	ResourcePayload update(ResourceInput in) {
		return this.writes.update(ownStation(), in);
	}

	@PreAuthorize(WRITE)
	@Transactional
	ResourcePayload verify(ResourceInputs.ResourceRef ref) {
		return this.writes.stamp(ownStation(), ref, true);
	}

	@PreAuthorize(WRITE)
	@Transactional
	ResourcePayload archive(ResourceInputs.ResourceRef ref) {
		return this.writes.stamp(ownStation(), ref, false);
	}

	/** The caller's visibility and nothing else, for lookups by key. */
	ResourceQuery visibilityOnly() {
		return query(ResourceFilter.NONE, ResourceOrder.NAME, null);
	}

	private ResourceQuery query(ResourceFilter f, ResourceOrder order, ResourceCursor cursor) {
		boolean all = this.currentUser.hasAuthority(Authorities.ALL_STATIONS);
		Long own = this.currentUser.hasAuthority(Authorities.RESOURCE_READ) ? this.currentUser.stationId().orElse(null)
				: null;
		ResourceQuery.Near near = null;
		if (f.near() != null) {
			var n = f.near();
			if (n.lat() == null || n.lng() == null || !GeoPoint.inRange(n.lat(), n.lng())) {
				throw ApiException.badInput("COORDINATE_OUT_OF_RANGE", "near 的坐标超出范围");
			}
			if (n.radiusMeters() == null || n.radiusMeters() < 1 || n.radiusMeters() > MAX_RADIUS) {
				throw ApiException.badInput("INVALID_RADIUS", "半径 radiusMeters 应在 1 到 " + MAX_RADIUS + " 米之间");
			}
			GeoPoint centre = system(n.coordSystem()).toWgs84(n.lat(), n.lng());
			near = ResourceQuery.Near.of(centre.lat(), centre.lng(), n.radiusMeters());
		}
		ResourceQuery.Box box = null;
		if (f.bbox() != null) {
			var b = f.bbox();
			if (b.south() == null || b.north() == null || b.west() == null || b.east() == null
					|| !GeoPoint.inRange(b.south(), b.west()) || !GeoPoint.inRange(b.north(), b.east())
					|| b.south() > b.north() || b.west() > b.east()) {
				throw ApiException.badInput("INVALID_BBOX", "bbox 无效：须 south ≤ north、west ≤ east，且坐标在范围内");
			}
			GeoPoint sw = system(b.coordSystem()).toWgs84(b.south(), b.west());
			GeoPoint ne = system(b.coordSystem()).toWgs84(b.north(), b.east());
			box = new ResourceQuery.Box(sw.lat(), sw.lng(), ne.lat(), ne.lng());
		}
		Long community = (f.communityId() != null) ? GlobalId.decode(f.communityId(), Community.TYPE) : null;
		boolean archived = Boolean.TRUE.equals(f.includeArchived()) && own != null;
		return new ResourceQuery(own, all, f.dimension(), blank(f.subType()), f.needCategory(), community, f.status(),
				f.visibility(), TextSearch.containsPattern(f.text()), near, box, f.verifiedBefore(), archived, order,
				(cursor != null) ? cursor.value() : null, (cursor != null) ? cursor.key() : null);
	}

	private static CoordSystem system(CoordSystem requested) {
		return (requested != null) ? requested : CoordSystem.WGS84;
	}

	private long ownStation() {
		return this.currentUser.stationId()
			.orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "只有社工站工作人员可以维护资源"));
	}

	private static String blank(String v) {
		return (v == null || v.isBlank()) ? null : v.strip();
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	static String newUuid() {
		return UUID.randomUUID().toString();
	}

	static List<UserError> errors() {
		return new ArrayList<>();
	}

}
