package org.stationatlas.resident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.stationatlas.geo.GeoPointInput;
import org.stationatlas.privacy.IdNumbers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictitious service recipients for the demo stations, made through the same write path
 * as real ones (so they are encrypted, tokenised and geohashed like any other). Every
 * person is invented: names are drawn from common characters, ID numbers use the
 * non-existent county code 510199, phones the 1380000 range. Runs once, when the demo
 * stations have no residents yet.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoResidents {

	static final int COUNT = 320;

	private static final Logger log = LoggerFactory.getLogger(DemoResidents.class);

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "秀英桂兰玉兰淑珍建国建华志强国华德明文华海燕丽华春梅红梅志明俊杰子涵梓萱浩然欣怡宇轩一诺雨桐思远家豪静怡晓东明辉凤英金花玉梅福生永康";

	private static final String[] ROADS = { "禾丰大道", "柳塘路", "槐荫街", "杏林街", "丰乐巷", "云溪大道", "溪畔路", "石桥路", "桑园路", "新桥路" };

	private final ResidentWriter writer;

	private final HouseholdMapper households;

	private final CommunityService communities;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DemoResidents(ResidentWriter writer, HouseholdMapper households, CommunityService communities, JdbcTemplate jdbc,
			TransactionTemplate transaction) {
		this.writer = writer;
		this.households = households;
		this.communities = communities;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void load() {
		Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM resident WHERE station_id IN (1, 2)",
				Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		long started = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> create(new Random(20261129L)));
		log.info("Demo data: {} fictitious residents in {} ms", COUNT, (System.nanoTime() - started) / 1_000_000);
	}

	private void create(Random random) {
		Map<Long, Community> byKey = this.communities.findByKeys(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
		List<Community> demo = new ArrayList<>(byKey.values());
		demo.sort((a, b) -> Long.compare(a.key(), b.key()));
		int made = 0;
		int sequence = 0;
		while (made < COUNT) {
			Community community = demo.get(made % demo.size());
			Boundary boundary = BoundaryParser.fromStored(community.boundaryGeojson());
			String address = community.district() + community.street() + ROADS[random.nextInt(ROADS.length)]
					+ (1 + random.nextInt(199)) + "号" + (1 + random.nextInt(12)) + "栋" + (1 + random.nextInt(30)) + "0"
					+ (1 + random.nextInt(4)) + "室";
			GeoPoint home = boundary.randomPointInside(random);
			Long household = household(community, address, random);
			int members = (household != null) ? 1 + random.nextInt(3) : 1;
			for (int m = 0; m < members && made < COUNT; m++, made++) {
				int birthYear = (m == 0) ? 1930 + random.nextInt(60) : 1950 + random.nextInt(70);
				boolean consent = random.nextInt(10) < 7;
				String id = consent ? idNumber(birthYear, random, sequence++) : null;
				ResidentDraft draft = new ResidentDraft(community.key(), household,
						(household != null) ? ((m == 0) ? Relation.HEAD : Relation.values()[1 + random.nextInt(6)])
								: null,
						name(random), null, (id == null) ? LocalDate.of(birthYear, 1 + random.nextInt(12), 1) : null,
						id, consent ? String.format("1380000%04d", sequence) : null, address,
						new GeoPointInput(home.lat(), home.lng()), categories(birthYear, random), tags(random), null,
						consent);
				ResidentWriter.Prepared prepared = this.writer.prepare(community.stationKey(), draft, null, null);
				if (prepared.isValid()) {
					this.writer.insert(prepared.row());
				}
			}
		}
		// The demo resident account (demo-resident) is the first resident of 柳塘社区.
		this.jdbc.update("UPDATE resident SET account_id = 7 WHERE id = (SELECT id FROM (SELECT MIN(id) AS id "
				+ "FROM resident WHERE community_id = 1) first)");
	}

	private Long household(Community community, String address, Random random) {
		if (random.nextInt(10) < 4) {
			return null;
		}
		HouseholdMapper.NewHousehold row = new HouseholdMapper.NewHousehold();
		row.stationKey = community.stationKey();
		row.communityKey = community.key();
		row.address = address;
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		this.households.insert(row);
		if (random.nextInt(4) == 0) {
			this.households.insertCategories(row.key, List.of(SafetyNetCategory.MINIMUM_ALLOWANCE));
		}
		return row.key;
	}

	private static List<SafetyNetCategory> categories(int birthYear, Random random) {
		List<SafetyNetCategory> categories = new ArrayList<>();
		int age = LocalDate.now().getYear() - birthYear;
		if (age >= 65) {
			categories
				.add(random.nextBoolean() ? SafetyNetCategory.ELDERLY_ALONE : SafetyNetCategory.EMPTY_NEST_ELDERLY);
		}
		if (age < 16 && random.nextInt(3) == 0) {
			categories
				.add(random.nextBoolean() ? SafetyNetCategory.LEFT_BEHIND_CHILD : SafetyNetCategory.CHILD_AT_RISK);
		}
		int extra = random.nextInt(12);
		if (extra < 3) {
			categories.add(SafetyNetCategory.MINIMUM_ALLOWANCE);
		}
		else if (extra == 3) {
			categories.add(SafetyNetCategory.DISABLED);
		}
		else if (extra == 4) {
			categories.add(SafetyNetCategory.EXTREME_POVERTY);
		}
		else if (extra == 5 && age < 60) {
			categories.add(SafetyNetCategory.UNEMPLOYED);
		}
		else if (extra == 6) {
			categories.add(SafetyNetCategory.ENTITLED_VETERAN_FAMILY);
		}
		return categories;
	}

	private static List<String> tags(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> List.of("重点关注");
			case 1 -> List.of("行动不便");
			case 2 -> List.of("需定期探访");
			default -> List.of();
		};
	}

	private static String name(Random random) {
		char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
		int given = random.nextInt(GIVEN.length() / 2) * 2;
		return surname + GIVEN.substring(given, given + ((random.nextInt(5) == 0) ? 1 : 2));
	}

	/**
	 * A valid number of the invented county 510199, so it can never be a real person's.
	 */
	private static String idNumber(int birthYear, Random random, int sequence) {
		String body = String.format("510199%04d%02d%02d%03d", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28),
				sequence % 1000);
		return body + IdNumbers.checkCharacter(body);
	}

}
