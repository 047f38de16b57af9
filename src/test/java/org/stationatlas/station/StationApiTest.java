package org.stationatlas.station;

import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;
import org.stationatlas.system.GlobalId;

import static org.assertj.core.api.Assertions.assertThat;

class StationApiTest extends ApiTest {

	@Test
	void listsTheDemoStationsWithTheirCommunities() {
		anonymous().document(
				"""
						{ stations(filter: {district: "锦禾区"}) { totalCount edges { node { id name kind communities { totalCount } } } } }""")
			.execute()
			.path("stations.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("stations.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Station", DEMO_STATION_1))
			.path("stations.edges[0].node.kind")
			.entity(String.class)
			.isEqualTo("STREET_STATION")
			.path("stations.edges[0].node.communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("stations.edges[1].node.communities.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);
	}

	@Test
	void filtersByKindAndText() {
		anonymous().document("{ stations(filter: {kind: TOWNSHIP_STATION}) { edges { node { name } } } }")
			.execute()
			.path("stations.edges[*].node.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactly("锦禾区云溪镇社会工作服务站"));
		anonymous().document("{ stations(filter: {text: \"禾丰\"}) { totalCount } }")
			.execute()
			.path("stations.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

}
