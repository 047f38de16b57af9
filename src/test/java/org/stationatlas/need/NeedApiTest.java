package org.stationatlas.need;

import java.util.ArrayList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the needs tests share: residents and needs made through the API, each test with
 * subjects of its own so that tests never see each other's needs.
 */
abstract class NeedApiTest extends ApiTest {

	static final String COMMUNITY_1 = GlobalId.encode("Community", 1);

	static final String COMMUNITY_2 = GlobalId.encode("Community", 2);

	static final String COMMUNITY_OF_STATION_2 = GlobalId.encode("Community", 6);

	static final String NEED_FIELDS = """
			id type category subCategory assessmentMethod urgency description status statusReason version
			subjectType selfReported dueDate assessedAt assessedBy { username } community { id name }
			resident { id name } subject { __typename ... on Resident { id name } ... on Household { id address }
			  ... on Community { id name } }""";

	static final String CREATE = "mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { "
			+ NEED_FIELDS + " } userErrors { field code message } } }";

	static final String UPDATE = "mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { need { "
			+ NEED_FIELDS + " } userErrors { field code message } } }";

	static final String TRANSITION = """
			mutation($input: TransitionNeedInput!) { transitionNeed(input: $input) {
			  need { id status statusReason version history { from to note occurredAt actor { username } } }
			  userErrors { field code message } } }""";

	static final String SUBMIT = """
			mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { need { id type status urgency
			  assessmentMethod selfReported assessedBy { id } assessedAt resident { id } community { id } }
			  userErrors { field code message } } }""";

	static final String MY_NEEDS = "{ myNeeds(first: 100) { totalCount edges { node { id resident { id } } } } }";

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** A new resident of the community, recorded by the station's admin. */
	String resident(HttpGraphQlTester staff, String communityId) {
		return staff.document("""
				mutation($input: CreateResidentInput!) { createResident(input: $input) {
				  resident { id } userErrors { code message } } }""")
			.variable("input", Map.of("communityId", communityId, "name", "需求测试" + SEQUENCE.incrementAndGet()))
			.execute()
			.path("createResident.resident.id")
			.entity(String.class)
			.get();
	}

	static Map<String, Object> needInput(String subjectId, String urgency) {
		Map<String, Object> input = new HashMap<>();
		input.put("subjectId", subjectId);
		input.put("type", "NORMATIVE");
		input.put("category", "MEDICAL");
		input.put("assessmentMethod", "INTERVIEW");
		input.put("urgency", urgency);
		input.put("description", "独居老人行动不便，需要定期上门测量血压（" + SEQUENCE.incrementAndGet() + "）");
		return input;
	}

	GraphQlTester.Response create(HttpGraphQlTester staff, Map<String, Object> input) {
		return staff.document(CREATE).variable("input", input).execute();
	}

	/** Records a need and returns its ID. */
	String need(HttpGraphQlTester staff, Map<String, Object> input) {
		GraphQlTester.Response response = create(staff, input);
		response.path("createNeed.userErrors").entityList(Map.class).hasSize(0);
		return response.path("createNeed.need.id").entity(String.class).get();
	}

	GraphQlTester.Response transition(HttpGraphQlTester staff, String id, int version, String to, String note) {
		Map<String, Object> input = new HashMap<>(Map.of("id", id, "version", version, "to", to));
		if (note != null) {
			input.put("note", note);
		}
		return staff.document(TRANSITION).variable("input", input).execute();
	}

	/** Moves a need along the given statuses, each step expected to succeed. */
	int walk(HttpGraphQlTester staff, String id, int version, String... statuses) {
		int v = version;
		for (String to : statuses) {
			GraphQlTester.Response response = transition(staff, id, v, to, "原因：" + to);
			response.path("transitionNeed.userErrors").entityList(Map.class).hasSize(0);
			v = response.path("transitionNeed.need.version").entity(Integer.class).get();
		}
		return v;
	}

	/** The needs a filter selects, in the order the API gives them. */
	List<Map<String, Object>> needs(HttpGraphQlTester staff, Map<String, Object> filter, Map<String, Object> order) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("order", order);
		return staff.document("""
				query($filter: NeedFilter, $order: NeedOrder) { needs(filter: $filter, orderBy: $order, first: 100) {
				  edges { node { id urgency status category type description createdAt dueDate } } } }""")
			.variables(variables)
			.execute()
			.path("needs.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** Every need the filter selects, fetched one page of {@code size} at a time. */
	List<Object> pageThrough(HttpGraphQlTester staff, Map<String, Object> filter, Map<String, Object> order, int size) {
		List<Object> ids = new ArrayList<>();
		String cursor = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("filter", filter);
			variables.put("order", order);
			variables.put("size", size);
			variables.put("after", cursor);
			GraphQlTester.Response page = staff.document("""
					query($filter: NeedFilter, $order: NeedOrder, $size: Int, $after: String) {
					  needs(filter: $filter, orderBy: $order, first: $size, after: $after) {
					    edges { node { id } } pageInfo { hasNextPage endCursor } } }""").variables(variables).execute();
			ids.addAll(page.path("needs.edges[*].node.id").entityList(String.class).get());
			boolean more = page.path("needs.pageInfo.hasNextPage").entity(Boolean.class).get();
			cursor = more ? page.path("needs.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (cursor != null);
		return ids;
	}

	static List<Object> ids(List<Map<String, Object>> nodes) {
		return nodes.stream().map((n) -> n.get("id")).toList();
	}

	static void expectCode(GraphQlTester.Response response, String code) {
		response.errors().expect((e) -> code.equals(e.getExtensions().get("code"))).verify();
	}

	int needRows() {
		return count("need") + count("need_transition");
	}

	static void hasUserError(GraphQlTester.Response response, String mutation, String code) {
		List<String> codes = response.path(mutation + ".userErrors[*].code").entityList(String.class).get();
		assertThat(codes).contains(code);
		response.path(mutation + ".need").valueIsNull();
	}

}
