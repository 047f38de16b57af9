package org.stationatlas.need;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.stationatlas.system.ApiException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The export the spreadsheet feature builds on: plain rows, in scope, most urgent first,
 * cut at the maximum.
 */
class NeedExportTest extends NeedApiTest {

	@Autowired
	NeedService needs;

	@Test
	void rowsCarryNamesAndLabelsMostUrgentFirst() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		need(worker, needInput(resident, "LOW"));
		need(worker, needInput(resident, "CRISIS"));
		NeedFilter filter = new NeedFilter(null, null, null, null, null, resident, null, null);

		List<NeedRow> rows = as(1L, "need:read resident:read", () -> this.needs.exportRows(filter, 10));
		assertThat(rows).extracting(NeedRow::urgency).containsExactly(Urgency.CRISIS, Urgency.LOW);
		NeedRow first = rows.get(0);
		assertThat(first.subjectName()).startsWith("需求测试");
		assertThat(first.communityName()).isNotBlank();
		assertThat(first.subjectType().label()).isEqualTo("个人");
		assertThat(first.category().label()).isEqualTo("医疗性");
		assertThat(first.status().label()).isEqualTo("待处理");
		assertThat(first.description()).contains("血压");
		assertThat(first.createdAt()).isNotNull();

		List<NeedRow> streamed = new ArrayList<>();
		int written = as(1L, "need:read", () -> this.needs.exportRows(filter, 1, streamed::add));
		assertThat(written).isEqualTo(1);
		assertThat(streamed).extracting(NeedRow::urgency).containsExactly(Urgency.CRISIS);
	}

	@Test
	void anotherStationExportsNoneOfThese() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		need(worker, needInput(resident, "HIGH"));
		NeedFilter filter = new NeedFilter(null, null, null, null, null, resident, null, null);
		assertThat(as(2L, "need:read", () -> this.needs.exportRows(filter, 10))).isEmpty();
		assertThatThrownBy(() -> as(1L, "resident:read", () -> this.needs.exportRows(filter, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(1L, "need:read",
				() -> this.needs.exportRows(new NeedFilter(null, null, null, null, null, "bad id", null, null), 10)))
			.isInstanceOf(ApiException.class);
	}

	/**
	 * Runs the call as a staff member of the station with the (space-separated)
	 * authorities.
	 */
	private static <T> T as(long station, String authorities, Supplier<T> call) {
		Jwt jwt = Jwt.withTokenValue("test")
			.header("alg", "none")
			.subject("4")
			.claim("station_id", station)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(
					new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList(authorities.split(" "))));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
