package org.stationatlas.hsds;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the HSDS export serves: the public, non-individual resources only, each mapped to
 * valid HSDS 3.0 records (checked against the official schemas), ids stable and
 * resolvable.
 */
class HsdsExportTest extends HsdsTestBase {

	@Test
	void servicesAreThePublicNonIndividualResourcesAndValid() {
		JsonNode page = page("/hsds/services?per_page=500&search=" + this.data.tag, "service_list");
		String clinicService = HsdsIds.derive("service:", this.data.uuid("clinic"));
		assertThat(ids(page)).containsExactlyInAnyOrder(clinicService, this.data.uuid("venue"), this.data.uuid("fund"),
				this.data.uuid("policy"), this.data.uuid("team"));
		assertThat(page.get("total_items").asInt()).isEqualTo(HsdsFixtures.PUBLIC_SERVICES);
		for (String id : ids(page)) {
			String body = body("/hsds/services/" + id, 200);
			HsdsSchemas.assertValid("service", body);
			assertThat(body).doesNotContain("张联系人", "private.person", "13900000000");
		}
		JsonNode clinic = one("/hsds/services/" + clinicService, "service");
		assertThat(clinic.get("organization_id").asString()).isEqualTo(this.data.uuid("clinic"));
		assertThat(clinic.get("organization").get("name").asString()).isEqualTo("阳光街道社区卫生服务中心");
		JsonNode fund = one("/hsds/services/" + this.data.uuid("fund"), "service");
		assertThat(fund.get("funding").get(0).get("source").asString()).isEqualTo("区慈善基金会");
		JsonNode team = one("/hsds/services/" + this.data.uuid("team"), "service");
		JsonNode term = team.get("attributes").get(0).get("taxonomy_term");
		assertThat(term.get("code").asString()).isEqualTo("VOLUNTEER_TEAM");
		assertThat(term.get("id").asString()).isEqualTo(HsdsIds.taxonomyTerm("VOLUNTEER_TEAM"));
		assertThat(team.get("phones").get(0).get("number").asString()).isEqualTo("021-5555-0102");
		JsonNode venue = one("/hsds/services/" + this.data.uuid("venue"), "service");
		JsonNode location = venue.get("service_at_locations").get(0).get("location");
		assertThat(location.get("latitude").asDouble()).isEqualTo(31.231);
		assertThat(location.get("longitude").asDouble()).isEqualTo(121.4737);
	}

	@Test
	void organizationsAreTheOrganizationalResourcesNamedAfterTheirProvider() {
		JsonNode page = page("/hsds/organizations?search=" + this.data.tag, "organization_list");
		assertThat(ids(page)).containsExactly(this.data.uuid("clinic"));
		JsonNode clinic = one("/hsds/organizations/" + this.data.uuid("clinic"), "organization");
		assertThat(clinic.get("name").asString()).isEqualTo("阳光街道社区卫生服务中心");
		assertThat(clinic.get("phones").get(0).get("number").asString()).isEqualTo("021-5555-0101");
		assertThat(clinic.get("services").get(0).get("name").asString()).isEqualTo(this.data.tag + "社区卫生服务站");
		assertThat(clinic.get("locations").get(0).get("latitude").asDouble()).isEqualTo(31.2304);
	}

	@Test
	void serviceAtLocationsAreTheLocatedPublicResources() {
		JsonNode page = page("/hsds/service_at_locations?search=" + this.data.tag, "service_at_location_list");
		String venue = HsdsIds.derive("service_at_location:", this.data.uuid("venue"));
		assertThat(ids(page)).containsExactlyInAnyOrder(venue,
				HsdsIds.derive("service_at_location:", this.data.uuid("clinic")));
		JsonNode record = one("/hsds/service_at_locations/" + venue, "service_at_location");
		assertThat(record.get("service_id").asString()).isEqualTo(this.data.uuid("venue"));
		assertThat(record.get("location").get("description").asString()).isEqualTo("上海市黄浦区人民路venue号");
		assertThat(record.get("location").get("location_type").asString()).isEqualTo("physical");
	}

	@Test
	void unknownAndNonPublicIdsAreNotFound() {
		String[] missing = { "/hsds/services/" + UUID.randomUUID(), "/hsds/services/not-a-uuid",
				"/hsds/services/" + this.data.uuid("internal"), "/hsds/services/" + this.data.uuid("expert"),
				"/hsds/services/" + this.data.uuid("potential"), "/hsds/organizations/" + this.data.uuid("archived"),
				"/hsds/organizations/" + this.data.uuid("venue"), "/hsds/services/" + this.data.uuid("clinic"),
				"/hsds/service_at_locations/" + HsdsIds.derive("service_at_location:", this.data.uuid("internal")),
				"/hsds/service_at_locations/" + HsdsIds.derive("service_at_location:", this.data.uuid("expert")) };
		for (String uri : missing) {
			JsonNode error = JSON.readTree(body(uri, 404));
			assertThat(error.at("/errors/0/extensions/code").asString()).as(uri).isEqualTo("NOT_FOUND");
		}
	}

	@Test
	void rootDescribesTheApi() {
		JsonNode about = JSON.readTree(body("/hsds/", 200));
		assertThat(about.get("version").asString()).isEqualTo("3.0");
		assertThat(about.get("openapi_url").asString()).endsWith("openapi.json");
	}

}
