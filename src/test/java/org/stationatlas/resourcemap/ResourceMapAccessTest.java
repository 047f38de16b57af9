package org.stationatlas.resourcemap;

import org.junit.jupiter.api.Test;

import org.stationatlas.geo.Geohash;
import org.stationatlas.security.Role;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Who sees what on the resource map: the public part for everyone, a station's internal
 * resources for its own staff, individual volunteers and experts never publicly.
 */
class ResourceMapAccessTest extends ResourceMapTestBase {

	@Test
	void anonymousCallersPartnersAndResidentsSeeOnlyThePublicPart() {
		for (HttpGraphQlTester caller : new HttpGraphQlTester[] { anonymous(), withApiKey("demo-partner-key"),
				as(Role.RESIDENT, DEMO_STATION_1) }) {
			pointNames(caller).containsExactly(PREFIX + "A场地", PREFIX + "A老年中心", PREFIX + "A诊所");
			map(caller, AREA, 12, null, null).path("resourceMap.clusters[*].count")
				.entityList(Integer.class)
				.containsExactly(3, 2);
		}
	}

	@Test
	void stationStaffAlsoSeeTheirOwnStationsInternalResources() {
		pointNames(as(Role.SOCIAL_WORKER, DEMO_STATION_1)).containsExactly(PREFIX + "A场地", PREFIX + "A老年中心",
				PREFIX + "A诊所", PREFIX + "A内部诊所", PREFIX + "A志愿者");
		pointNames(as(Role.VOLUNTEER, DEMO_STATION_2)).containsExactly(PREFIX + "A场地", PREFIX + "A老年中心", PREFIX + "A诊所",
				PREFIX + "A专家", PREFIX + "A二站内部场地");
		map(as(Role.SOCIAL_WORKER, DEMO_STATION_1), AREA, 12, null, null).path("resourceMap.clusters[*].count")
			.entityList(Integer.class)
			.containsExactly(5, 2);
	}

	@Test
	void platformAdministratorsSeeEveryStationsResourcesButNotArchivedOnes() {
		pointNames(platformAdmin()).containsExactly(PREFIX + "A场地", PREFIX + "A老年中心", PREFIX + "A诊所", PREFIX + "A内部诊所",
				PREFIX + "A志愿者", PREFIX + "A专家", PREFIX + "A二站内部场地");
	}

	@Test
	void individualPeopleAreNeverPublicEvenWhenMarkedPublic() {
		pointNames(withApiKey("demo-partner-key")).doesNotContain(PREFIX + "A志愿者", PREFIX + "A专家");
		this.jdbc.update("UPDATE resource SET station_id = 2 WHERE name = ?", PREFIX + "A志愿者");
		pointNames(as(Role.SOCIAL_WORKER, DEMO_STATION_1)).doesNotContain(PREFIX + "A志愿者", PREFIX + "A专家");
	}

	private GraphQlTester.EntityList<String> pointNames(HttpGraphQlTester caller) {
		double[] a = Geohash.bounds(CELL_A);
		return map(caller, box(a[0], a[1], a[2], a[3]), 17, null, null).path("resourceMap.points[*].name")
			.entityList(String.class);
	}

}
