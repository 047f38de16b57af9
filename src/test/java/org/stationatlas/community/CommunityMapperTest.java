package org.stationatlas.community;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

import org.stationatlas.community.CommunityMapper.StationCount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community mapper against the real database, with the demo data. Each test rolls
 * back. Note that the slice does not load DemoDataConfig, so the demo location is named
 * here.
 */
@MybatisTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/demo")
@AutoConfigureTestDatabase(replace = Replace.NONE)
class CommunityMapperTest {

	private static final String NAME = "测试社区🏠";

	@Autowired
	private CommunityMapper mapper;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void keepsFourByteCharactersExactly() {
		CommunityRow row = new CommunityRow();
		row.stationKey = 1;
		row.name = NAME;
		row.district = "锦禾区";
		row.street = "禾丰街道";
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		this.mapper.insert(row);
		assertThat(row.key).isNotNull();
		assertThat(this.mapper.findByKeys(List.of(row.key))).singleElement()
			.satisfies((c) -> assertThat(c.name().getBytes(StandardCharsets.UTF_8))
				.isEqualTo(NAME.getBytes(StandardCharsets.UTF_8)));
		String storedHex = this.jdbc.queryForObject("SELECT HEX(name) FROM community WHERE id = ?", String.class,
				row.key);
		assertThat(storedHex).isEqualToIgnoringCase(HexFormat.of().formatHex(NAME.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void findsBoundingBoxesHoldingAPoint() {
		assertThat(this.mapper.findBoxesContaining(new BigDecimal("30.626436"), new BigDecimal("104.046772")))
			.extracting(Community::key)
			.contains(1L)
			.doesNotContain(2L, 4L);
		assertThat(this.mapper.findBoxesContaining(new BigDecimal("30.66"), new BigDecimal("104.10"))).isEmpty();
	}

	@Test
	void findsTheFirstCommunitiesOfEachStation() {
		List<Community> rows = this.mapper.findFirstPerStation(List.of(1L, 2L), false, null, 2);
		assertThat(rows).extracting(Community::key).containsExactly(1L, 2L, 6L, 7L);
		assertThat(this.mapper.findFirstPerStation(List.of(1L, 2L), false, 1L, 2)).extracting(Community::key)
			.containsExactly(2L, 3L, 6L, 7L);
	}

	@Test
	void countsPerStationWithoutArchivedCommunities() {
		assertThat(counts(false)).isEqualTo(Map.of(1L, 5L, 2L, 3L));
		Community first = this.mapper.findByKeys(List.of(1L)).get(0);
		assertThat(this.mapper.archive(1L, first.version(), OffsetDateTime.now(ZoneOffset.UTC))).isEqualTo(1);
		assertThat(counts(false)).isEqualTo(Map.of(1L, 4L, 2L, 3L));
		assertThat(counts(true)).isEqualTo(Map.of(1L, 5L, 2L, 3L));
	}

	@Test
	void boundingBoxQueryCanUseItsIndex() {
		List<Map<String, Object>> plan = this.jdbc.queryForList("""
				EXPLAIN SELECT id FROM community WHERE min_lat <= 30.62 AND max_lat >= 30.62
				AND min_lng <= 104.05 AND max_lng >= 104.05 AND archived_at IS NULL""");
		assertThat(plan).singleElement()
			.satisfies((step) -> assertThat(String.valueOf(step.get("possible_keys"))).contains("idx_community_bbox"));
	}

	@Test
	void updateRefusesAStaleVersion() {
		Community current = this.mapper.findByKeys(List.of(1L)).get(0);
		CommunityRow row = new CommunityRow();
		row.key = current.key();
		row.name = current.name() + "（改）";
		row.district = current.district();
		row.street = current.street();
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		row.version = current.version() - 1;
		assertThat(this.mapper.update(row)).isZero();
		row.version = current.version();
		assertThat(this.mapper.update(row)).isOne();
		assertThat(this.mapper.findByKeys(List.of(1L)).get(0).version()).isEqualTo(current.version() + 1);
	}

	private Map<Long, Long> counts(boolean includeArchived) {
		return this.mapper.countPerStation(List.of(1L, 2L), includeArchived)
			.stream()
			.collect(Collectors.toMap(StationCount::stationKey, StationCount::total));
	}

}
