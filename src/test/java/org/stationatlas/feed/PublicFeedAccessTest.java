package org.stationatlas.feed;

import org.junit.jupiter.api.Test;

import org.stationatlas.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Who may read the feed, and the arguments it refuses.
 */
class PublicFeedAccessTest extends FeedApiTest {

	@Test
	void partnerKeysAndStaffMayReadIt() {
		request(withApiKey("demo-partner-key"), null, 1, null).errors().verify();
		request(readOnlyStaff(DEMO_STATION_1), null, 1, null).errors().verify();
		request(platformAdmin(), null, 1, null).errors().verify();
	}

	@Test
	void anonymousCallersMustAuthenticateAndResidentsMayNot() {
		expect(request(anonymous(), null, 1, null), "UNAUTHENTICATED", "UNAUTHENTICATED");
		expect(request(as(Role.RESIDENT, null), null, 1, null), "FORBIDDEN", "FORBIDDEN");
	}

	@Test
	void refusesTooLargePagesAndForeignCursors() {
		expect(withApiKey("demo-partner-key").document("{ publicResources(first: 1000) { pageInfo { hasNextPage } } }")
			.execute(), "BAD_USER_INPUT", "PAGE_SIZE_TOO_LARGE");
		for (String cursor : new String[] { "not-a-cursor", "azE6MTIz", "ZjE6MTIzOi0x" }) {
			expect(request(withApiKey("demo-partner-key"), null, 1, cursor), "BAD_USER_INPUT", "INVALID_CURSOR");
		}
	}

	private static void expect(GraphQlTester.Response response, String code, String reason) {
		response.errors()
			.expect((e) -> code.equals(e.getExtensions().get("code")) && reason.equals(e.getExtensions().get("reason")))
			.verify();
	}

}
