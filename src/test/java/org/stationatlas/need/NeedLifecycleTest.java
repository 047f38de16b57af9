package org.stationatlas.need;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording needs, editing them and their lifecycle: legal and illegal transitions,
 * history, optimistic locking, and refused input that writes nothing.
 */
class NeedLifecycleTest extends NeedApiTest {

	static final List<String> ALL = List.of("OPEN", "MATCHING", "IN_SERVICE", "MET", "CLOSED", "WITHDRAWN");

	@Test
	void aWorkerRecordsEditsAndServesANeedWithItsHistory() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		Map<String, Object> input = needInput(resident, "HIGH");
		input.put("subCategory", "居家养老");
		input.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
		GraphQlTester.Response created = create(worker, input);
		created.path("createNeed.userErrors").entityList(Map.class).hasSize(0);
		created.path("createNeed.need.status").entity(String.class).isEqualTo("OPEN");
		created.path("createNeed.need.version").entity(Integer.class).isEqualTo(0);
		created.path("createNeed.need.subjectType").entity(String.class).isEqualTo("RESIDENT");
		created.path("createNeed.need.subject.__typename").entity(String.class).isEqualTo("Resident");
		created.path("createNeed.need.subject.id").entity(String.class).isEqualTo(resident);
		created.path("createNeed.need.resident.id").entity(String.class).isEqualTo(resident);
		created.path("createNeed.need.community.id").entity(String.class).isEqualTo(COMMUNITY_1);
		created.path("createNeed.need.assessedBy.username").entity(String.class).isEqualTo("demo-worker");
		created.path("createNeed.need.assessedAt").entity(String.class).satisfies((at) -> assertThat(at).isNotBlank());
		created.path("createNeed.need.selfReported").entity(Boolean.class).isEqualTo(false);
		String id = created.path("createNeed.need.id").entity(String.class).get();

		GraphQlTester.Response updated = worker.document(UPDATE)
			.variable("input",
					Map.of("id", id, "version", 0, "urgency", "CRISIS", "description", "  突发疾病，需要立即送医  ", "subCategory",
							""))
			.execute();
		updated.path("updateNeed.userErrors").entityList(Map.class).hasSize(0);
		updated.path("updateNeed.need.urgency").entity(String.class).isEqualTo("CRISIS");
		updated.path("updateNeed.need.description").entity(String.class).isEqualTo("突发疾病，需要立即送医");
		updated.path("updateNeed.need.subCategory").valueIsNull();
		updated.path("updateNeed.need.category").entity(String.class).isEqualTo("MEDICAL");
		updated.path("updateNeed.need.version").entity(Integer.class).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT urgency_rank FROM need WHERE id = ?", Integer.class,
				GlobalId.decode(id, "Need")))
			.isEqualTo(0);

		int version = walk(worker, id, 1, "MATCHING", "IN_SERVICE", "MET");
		assertThat(version).isEqualTo(4);
		GraphQlTester.Response history = worker.document("""
				query($id: ID!) { need(id: $id) { status statusReason
				  history { from to note actor { username } occurredAt } } }""").variable("id", id).execute();
		history.path("need.status").entity(String.class).isEqualTo("MET");
		history.path("need.statusReason").entity(String.class).isEqualTo("原因：MET");
		history.path("need.history[*].to")
			.entityList(String.class)
			.containsExactly("OPEN", "MATCHING", "IN_SERVICE", "MET");
		history.path("need.history[0].from").valueIsNull();
		history.path("need.history[0].note").valueIsNull();
		history.path("need.history[1].from").entity(String.class).isEqualTo("OPEN");
		history.path("need.history[3].from").entity(String.class).isEqualTo("IN_SERVICE");
		history.path("need.history[3].note").entity(String.class).isEqualTo("原因：MET");
		history.path("need.history[3].actor.username").entity(String.class).isEqualTo("demo-worker");
	}

	@Test
	void matchingCanFailAndServiceCanEndEarly() {
		HttpGraphQlTester admin = demo("demo-station-admin");
		String id = need(admin, needInput(resident(admin, COMMUNITY_1), "MEDIUM"));
		int version = walk(admin, id, 0, "MATCHING", "OPEN", "MATCHING", "IN_SERVICE", "MATCHING", "IN_SERVICE");
		assertThat(version).isEqualTo(6);
		walk(admin, id, version, "WITHDRAWN");
	}

	@Test
	void everyTransitionOutOfAFinalStatusIsRefusedAndNothingChanges() {
		HttpGraphQlTester worker = demo("demo-worker");
		String resident = resident(worker, COMMUNITY_1);
		for (List<String> path : List.of(List.of("MATCHING", "IN_SERVICE", "MET"), List.of("CLOSED"),
				List.of("MATCHING", "WITHDRAWN"))) {
			String id = need(worker, needInput(resident, "LOW"));
			int version = walk(worker, id, 0, path.toArray(String[]::new));
			int rows = needRows();
			for (String to : ALL) {
				GraphQlTester.Response refused = transition(worker, id, version, to, "再试一次");
				hasUserError(refused, "transitionNeed", "ILLEGAL_TRANSITION");
				refused.path("transitionNeed.userErrors[0].message")
					.entity(String.class)
					.satisfies((m) -> assertThat(m).contains("最终状态"));
			}
			assertThat(needRows()).isEqualTo(rows);
		}
	}

	@Test
	void anIllegalTransitionNamesTheAllowedOnes() {
		HttpGraphQlTester worker = demo("demo-worker");
		String id = need(worker, needInput(resident(worker, COMMUNITY_1), "LOW"));
		GraphQlTester.Response refused = transition(worker, id, 0, "MET", null);
		hasUserError(refused, "transitionNeed", "ILLEGAL_TRANSITION");
		refused.path("transitionNeed.userErrors[0].message")
			.entity(String.class)
			.satisfies((m) -> assertThat(m).contains("待处理").contains("匹配中（MATCHING）、已关闭（CLOSED）、已撤回（WITHDRAWN）"));
		hasUserError(transition(worker, id, 0, "OPEN", null), "transitionNeed", "ILLEGAL_TRANSITION");
	}

	@Test
	void closingAndWithdrawingNeedAReason() {
		HttpGraphQlTester worker = demo("demo-worker");
		String id = need(worker, needInput(resident(worker, COMMUNITY_1), "LOW"));
		hasUserError(transition(worker, id, 0, "CLOSED", "  "), "transitionNeed", "REASON_REQUIRED");
		hasUserError(transition(worker, id, 0, "WITHDRAWN", null), "transitionNeed", "REASON_REQUIRED");
		hasUserError(transition(worker, id, 0, "CLOSED", "长".repeat(501)), "transitionNeed", "TOO_LONG");
		GraphQlTester.Response closed = transition(worker, id, 0, "CLOSED", "已由街道民政科直接解决");
		closed.path("transitionNeed.need.status").entity(String.class).isEqualTo("CLOSED");
		closed.path("transitionNeed.need.statusReason").entity(String.class).isEqualTo("已由街道民政科直接解决");
		closed.path("transitionNeed.need.history[1].note").entity(String.class).isEqualTo("已由街道民政科直接解决");
		GraphQlTester.Response edit = worker.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 1, "description", "改描述"))
			.execute();
		hasUserError(edit, "updateNeed", "NEED_FINAL");
	}

	@Test
	void aStaleVersionIsAConflictForEditsAndTransitions() {
		HttpGraphQlTester worker = demo("demo-worker");
		String id = need(worker, needInput(resident(worker, COMMUNITY_1), "LOW"));
		walk(worker, id, 0, "MATCHING");
		int rows = needRows();
		hasUserError(transition(worker, id, 0, "IN_SERVICE", null), "transitionNeed", "VERSION_CONFLICT");
		GraphQlTester.Response edit = worker.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 0, "description", "别人的旧版本"))
			.execute();
		hasUserError(edit, "updateNeed", "VERSION_CONFLICT");
		assertThat(needRows()).isEqualTo(rows);
		assertThat(this.jdbc.queryForMap("SELECT status, version FROM need WHERE id = ?", GlobalId.decode(id, "Need")))
			.containsEntry("status", "MATCHING")
			.containsEntry("version", 1);
	}

}
