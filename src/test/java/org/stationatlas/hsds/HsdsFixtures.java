package org.stationatlas.hsds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resources written straight to the database, all named with one tag so that a search for
 * the tag finds exactly them: one public resource of each kind the feed serves, and one
 * of each kind it must never serve.
 */
final class HsdsFixtures {

	static final LocalDateTime OLD = LocalDateTime.of(2026, 1, 5, 8, 0);

	static final LocalDateTime RECENT = LocalDateTime.of(2026, 11, 20, 9, 30);

	/** The public records: 5 services, 1 organization, 2 service_at_locations. */
	static final int PUBLIC_SERVICES = 5;

	final String tag = "汇丰" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

	final Map<String, String> uuids = new LinkedHashMap<>();

	private final List<String> otherTags = new ArrayList<>();

	private final JdbcTemplate jdbc;

	HsdsFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		insert("clinic", "ORGANIZATIONAL", "CLINIC", "社区卫生服务站", "阳光街道社区卫生服务中心", "021-5555-0101", point(31.2304),
				"ACTIVE", "PUBLIC", null, RECENT);
		insert("venue", "SPACE", "VENUE", "党群服务中心活动室", null, null, point(31.2310), "ACTIVE", "PUBLIC", null, OLD);
		insert("fund", "FUNDING", "FUND", "助老专项基金", "区慈善基金会", null, null, "ACTIVE", "PUBLIC", null, OLD);
		insert("policy", "POLICY", "POLICY", "高龄津贴政策", null, null, null, "ACTIVE", "PUBLIC", null, RECENT);
		insert("team", "HUMAN", "VOLUNTEER_TEAM", "助老志愿服务队", null, "021-5555-0102", null, "ACTIVE", "PUBLIC", null,
				OLD);
		insert("internal", "SPACE", "VENUE", "内部仓库", null, null, point(31.2320), "ACTIVE", "INTERNAL", null, RECENT);
		insert("archived", "ORGANIZATIONAL", "CHARITY", "已撤销的公益组织", null, null, point(31.2330), "ACTIVE", "PUBLIC",
				RECENT, RECENT);
		insert("expert", "HUMAN", "EXPERT", "心理咨询师王老师", null, "13900000000", point(31.2340), "ACTIVE", "PUBLIC", null,
				RECENT);
		insert("potential", "ORGANIZATIONAL", "ENTERPRISE", "潜在合作企业", null, null, null, "POTENTIAL", "PUBLIC", null,
				RECENT);
	}

	/**
	 * Another tag, one a search for {@link #tag} does not find; its rows go with
	 * {@link #delete()} too.
	 */
	String otherTag() {
		String other = "流" + UUID.randomUUID().toString().substring(0, 8);
		this.otherTags.add(other);
		return other;
	}

	/**
	 * Removes every row these fixtures wrote, so other tests count the demo data only.
	 */
	void delete() {
		this.otherTags.add(this.tag);
		for (String t : this.otherTags) {
			this.jdbc.update("DELETE FROM resource WHERE station_id = 1 AND name LIKE ?", t + "%");
		}
	}

	String uuid(String label) {
		return this.uuids.get(label);
	}

	private void insert(String label, String dimension, String type, String name, String provider, String phone,
			BigDecimal lat, String status, String visibility, LocalDateTime archivedAt, LocalDateTime updatedAt) {
		String uuid = UUID.randomUUID().toString();
		this.uuids.put(label, uuid);
		this.jdbc
			.update("""
					INSERT INTO resource (uuid, station_id, dimension, type_id, name, description, provider, contact_name,
					  contact_phone, contact_email, website, address, lat, lng, status, visibility, source, archived_at,
					  created_at, updated_at)
					VALUES (?, 1, ?, (SELECT id FROM resource_type WHERE code = ?), ?, ?, ?, '张联系人', ?,
					  'private.person@example.com', 'https://example.org/hsds', ?, ?, ?, ?, ?, 'COMMUNITY_WALK', ?, ?, ?)""",
					uuid, dimension, type, this.tag + name, name + "，服务社区居民（" + label + "）", provider, phone,
					(lat != null) ? "上海市黄浦区人民路" + label + "号" : null, lat,
					(lat != null) ? new BigDecimal("121.4737") : null, status, visibility,
					(archivedAt != null) ? Timestamp.valueOf(archivedAt) : null, Timestamp.valueOf(OLD),
					Timestamp.valueOf(updatedAt));
	}

	private static BigDecimal point(double lat) {
		return BigDecimal.valueOf(lat);
	}

}
