package org.stationatlas.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictitious needs for the demo residents and communities: every type, category, method,
 * urgency and status occurs, each status reached through legal transitions with their
 * history. Runs once, after the demo residents exist.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoNeeds {

	private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

	private static final Map<NeedCategory, String[]> TEXTS = Map.of(NeedCategory.POLICY,
			new String[] { "不清楚低保复核需要哪些材料，希望社工协助准备", "想了解高龄津贴的申领条件和流程" }, NeedCategory.MEDICAL,
			new String[] { "患高血压多年，独自就医不便，需要陪诊", "行动不便，希望有家庭医生定期上门随访" }, NeedCategory.PSYCHOLOGICAL,
			new String[] { "老伴去世后情绪低落，很少出门，需要情绪支持", "孩子长期留守，性格内向，希望参加小组活动" }, NeedCategory.FINANCIAL,
			new String[] { "家中突发变故，医疗费用负担重，希望链接临时救助", "子女上学费用有困难，想申请助学资源" }, NeedCategory.SAFETY,
			new String[] { "独居，家中燃气灶老化，需要安全检查和改造", "楼道无扶手，夜间上下楼有跌倒风险" }, NeedCategory.DEVELOPMENTAL,
			new String[] { "失业后想学习新技能，希望获得就业培训信息", "希望孩子能参加课后托管和阅读活动" });

	private static final NeedStatus[][] PATHS = { {}, { NeedStatus.MATCHING },
			{ NeedStatus.MATCHING, NeedStatus.IN_SERVICE },
			{ NeedStatus.MATCHING, NeedStatus.IN_SERVICE, NeedStatus.MET }, { NeedStatus.MATCHING, NeedStatus.CLOSED },
			{ NeedStatus.WITHDRAWN } };

	private final NeedMapper mapper;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DemoNeeds(NeedMapper mapper, JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.mapper = mapper;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/**
	 * Note the order: after the demo residents ({@code DemoResidents}) have been made.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void load() {
		Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM need WHERE station_id IN (1, 2)",
				Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		int[] made = { 0 };
		this.transaction.executeWithoutResult((status) -> made[0] = create(new Random(42)));
		log.info("Demo data: {} fictitious needs", made[0]);
	}

	private int create(Random random) {
		List<Map<String, Object>> residents = this.jdbc.queryForList(
				"SELECT id, station_id, community_id FROM resident WHERE station_id IN (1, 2) AND status = 'ACTIVE' ORDER BY id");
		int made = 0;
		for (int i = 0; i < residents.size(); i++) {
			if (i % 5 >= 2) {
				continue;
			}
			Map<String, Object> r = residents.get(i);
			NeedDraft d = draft(made, random, ((Number) r.get("station_id")).longValue(),
					((Number) r.get("community_id")).longValue());
			d.subjectType = NeedSubjectType.RESIDENT;
			d.residentKey = ((Number) r.get("id")).longValue();
			insert(d, PATHS[made % PATHS.length]);
			made++;
		}
		List<Map<String, Object>> households = this.jdbc.queryForList(
				"SELECT id, station_id, community_id FROM household WHERE station_id IN (1, 2) ORDER BY id LIMIT 12");
		for (Map<String, Object> h : households) {
			NeedDraft d = draft(made, random, ((Number) h.get("station_id")).longValue(),
					((Number) h.get("community_id")).longValue());
			d.subjectType = NeedSubjectType.HOUSEHOLD;
			d.householdKey = ((Number) h.get("id")).longValue();
			insert(d, PATHS[made % PATHS.length]);
			made++;
		}
		for (long community = 1; community <= 8; community++) {
			NeedDraft d = draft(made, random, (community <= 5) ? 1 : 2, community);
			d.subjectType = NeedSubjectType.COMMUNITY;
			d.type = (community % 2 == 0) ? NeedType.NORMATIVE : NeedType.COMPARATIVE;
			d.assessmentMethod = (community % 2 == 0) ? AssessmentMethod.POLICY_DOCUMENT : AssessmentMethod.LITERATURE;
			d.description = "社区老年人口占比高于全区平均水平，日间照料服务供给不足";
			insert(d, PATHS[(int) (community % PATHS.length)]);
			made++;
		}
		return made;
	}

	private static NeedDraft draft(int n, Random random, long station, long community) {
		NeedDraft d = new NeedDraft();
		d.stationKey = station;
		d.communityKey = community;
		d.type = NeedType.values()[n % NeedType.values().length];
		d.category = NeedCategory.values()[(n / 4) % NeedCategory.values().length];
		d.assessmentMethod = AssessmentMethod.values()[random.nextInt(AssessmentMethod.values().length)];
		int u = random.nextInt(20);
		d.urgency = (u == 0) ? Urgency.CRISIS : (u < 5) ? Urgency.HIGH : (u < 14) ? Urgency.MEDIUM : Urgency.LOW;
		String[] texts = TEXTS.get(d.category);
		d.description = texts[random.nextInt(texts.length)];
		d.actor = (station == 1) ? 4L : 6L;
		d.assessedByKey = d.actor;
		d.now = OffsetDateTime.now(ZoneOffset.UTC).minusDays(random.nextInt(90));
		d.assessedAt = d.now;
		d.dueDate = (random.nextBoolean()) ? LocalDate.now().plusDays(7 + random.nextInt(60)) : null;
		return d;
	}

	private void insert(NeedDraft d, NeedStatus[] path) {
		this.mapper.insert(d);
		this.mapper.insertTransition(d.key, null, NeedStatus.OPEN, "登记需求", d.actor, d.now);
		NeedStatus from = NeedStatus.OPEN;
		int version = 0;
		for (NeedStatus to : path) {
			String note = to.needsReason() ? ((to == NeedStatus.WITHDRAWN) ? "居民表示已由家人解决" : "暂无合适资源，转介至街道") : null;
			this.mapper.transition(d.key, version++, from, to, note, d.actor, d.now);
			this.mapper.insertTransition(d.key, from, to, note, d.actor, d.now);
			from = to;
		}
	}

}
