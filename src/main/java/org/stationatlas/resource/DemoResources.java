package org.stationatlas.resource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.geo.Boundary;
import org.stationatlas.geo.BoundaryParser;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.Geohash;
import org.stationatlas.resource.ResourceEnums.ResourceStatus;
import org.stationatlas.resource.ResourceEnums.Source;
import org.stationatlas.resource.ResourceEnums.Visibility;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictitious resources around the demo communities over all five dimensions: some
 * potential, some stale (not verified for half a year), some internal, individual people
 * always internal. Runs once.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoResources {

	static final int PER_COMMUNITY = 20;

	private static final Logger log = LoggerFactory.getLogger(DemoResources.class);

	private static final Map<String, String[]> NAMES = Map.ofEntries(
			Map.entry("VOLUNTEER_TEAM", new String[] { "%s红马甲志愿服务队", "%s邻里互助小组", "%s银龄志愿者协会" }),
			Map.entry("VOLUNTEER", new String[] { "退休教师志愿者（%s）", "大学生志愿者（%s）" }),
			Map.entry("EXPERT", new String[] { "社区律师（%s）", "心理咨询师（%s）", "家庭医生（%s）" }),
			Map.entry("COMMUNITY_LEADER", new String[] { "楼栋长（%s）", "老党员（%s）" }),
			Map.entry("GOVERNMENT_DEPARTMENT", new String[] { "锦禾区民政局（%s联络点）", "锦禾区残联（%s服务点）" }),
			Map.entry("ENTERPRISE", new String[] { "%s爱心超市", "%s物业服务公司" }),
			Map.entry("CHARITY", new String[] { "锦禾区慈善会（%s）", "%s社区基金" }),
			Map.entry("CLINIC", new String[] { "%s社区卫生服务站", "%s中医诊所" }),
			Map.entry("SCHOOL", new String[] { "%s小学", "%s老年大学教学点" }),
			Map.entry("FUND", new String[] { "%s民生微实事资金", "困难群众临时救助金（%s）" }),
			Map.entry("FUNDING_UNIT", new String[] { "%s商会", "爱心企业联盟（%s）" }),
			Map.entry("VENUE", new String[] { "%s党群服务中心活动室", "%s文化广场" }),
			Map.entry("ELDERLY_CENTER", new String[] { "%s日间照料中心", "%s老年活动室" }),
			Map.entry("SERVICE_CENTER", new String[] { "%s便民服务站" }),
			Map.entry("SCIENCE_VENUE", new String[] { "锦禾区科技馆（%s）", "%s社区书屋" }),
			Map.entry("POLICY", new String[] { "城乡居民最低生活保障政策（%s宣传点）", "高龄津贴发放办法（%s）" }));

	private static final String[] NEEDS = { "POLICY", "MEDICAL", "PSYCHOLOGICAL", "FINANCIAL", "SAFETY",
			"DEVELOPMENTAL" };

	private final ResourceMapper mapper;

	private final CommunityService communities;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DemoResources(ResourceMapper mapper, CommunityService communities, JdbcTemplate jdbc,
			TransactionTemplate transaction) {
		this.mapper = mapper;
		this.communities = communities;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void load() {
		Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM resource WHERE station_id IN (1, 2)",
				Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		int[] made = { 0 };
		this.transaction.executeWithoutResult((status) -> made[0] = create(new Random(7)));
		log.info("Demo data: {} fictitious resources", made[0]);
	}

	private int create(Random random) {
		List<ResourceType> types = this.mapper.findTypes(null);
		List<Community> demo = new ArrayList<>(
				this.communities.findByKeys(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)).values());
		demo.sort((a, b) -> Long.compare(a.key(), b.key()));
		int made = 0;
		for (Community community : demo) {
			Boundary boundary = BoundaryParser.fromStored(community.boundaryGeojson());
			for (int i = 0; i < PER_COMMUNITY; i++, made++) {
				ResourceType type = types.get(made % types.size());
				String[] names = NAMES.getOrDefault(type.code(), new String[] { "%s资源" });
				ResourceRow row = new ResourceRow();
				row.uuid = ResourceService.newUuid();
				row.stationKey = community.stationKey();
				row.dimension = type.dimension();
				row.typeKey = type.key();
				row.name = String.format(names[random.nextInt(names.length)], community.name())
						+ ((i >= types.size()) ? "（" + i + "）" : "");
				row.description = type.name() + "，服务" + community.name() + "及周边居民。";
				row.provider = (type.dimension() == ResourceDimension.ORGANIZATIONAL) ? row.name : null;
				row.contactPhone = type.individual() ? null : String.format("028-0000%04d", 2000 + made);
				row.address = community.district() + community.street() + community.name();
				if (type.dimension() != ResourceDimension.POLICY && !type.individual()) {
					GeoPoint p = boundary.randomPointInside(random);
					row.lat = BigDecimal.valueOf(p.lat());
					row.lng = BigDecimal.valueOf(p.lng());
					row.geohash = Geohash.encode(p.lat(), p.lng(), 8);
				}
				row.availability = (type.dimension() == ResourceDimension.SPACE) ? "周一至周五 8:30-17:30" : null;
				row.capacity = (type.dimension() == ResourceDimension.SPACE) ? 20 + random.nextInt(80) : null;
				row.minAge = type.code().equals("ELDERLY_CENTER") ? 60 : null;
				row.status = (i % 7 == 3) ? ResourceStatus.POTENTIAL
						: (i % 11 == 5) ? ResourceStatus.INACTIVE : ResourceStatus.ACTIVE;
				row.visibility = (type.individual() || i % 6 == 1) ? Visibility.INTERNAL : Visibility.PUBLIC;
				row.source = Source.values()[random.nextInt(Source.values().length)];
				row.now = ResourceService.now().minusDays(random.nextInt(60));
				row.lastVerifiedAt = (i % 5 == 2) ? row.now.minusDays(200) : row.now;
				row.actor = (community.stationKey() == 1) ? 4L : 6L;
				row.lastVerifiedBy = row.actor;
				this.mapper.insert(row);
				this.mapper.insertCommunities(row.key, List.of(community.key()));
				this.mapper.insertNeedCategories(row.key, List.of(NEEDS[made % NEEDS.length]));
			}
		}
		return made;
	}

}
