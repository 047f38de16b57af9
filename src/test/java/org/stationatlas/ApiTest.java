package org.stationatlas;

import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.stationatlas.security.Authorities;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * End-to-end tests over real HTTP against the running application, its real database and
 * Redis. One tester per role.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
public abstract class ApiTest {

	/** The demo stations (db/demo). */
	protected static final long DEMO_STATION_1 = 1;

	protected static final long DEMO_STATION_2 = 2;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected StatementCounter statements;

	@Autowired
	private SecretKey accessTokenKey;

	protected HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(client(null));
	}

	/** A station administrator of the given station, who may edit its community map. */
	protected HttpGraphQlTester stationAdmin(long stationKey) {
		return as("station-admin-" + stationKey, stationKey, Authorities.COMMUNITY_WRITE);
	}

	/** A staff member of the station without write permission on the community map. */
	protected HttpGraphQlTester readOnlyStaff(long stationKey) {
		return as("worker-" + stationKey, stationKey);
	}

	protected HttpGraphQlTester platformAdmin() {
		return as("platform-admin", null, Authorities.COMMUNITY_WRITE, Authorities.ALL_STATIONS);
	}

	protected HttpGraphQlTester as(String subject, Long stationKey, String... authorities) {
		return HttpGraphQlTester.create(client(token(subject, stationKey, authorities)));
	}

	protected String token(String subject, Long stationKey, String... authorities) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(900))
			.claim("authorities", List.of(authorities));
		if (stationKey != null) {
			claims.claim("station_id", stationKey);
		}
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(this.accessTokenKey));
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
	}

	private WebTestClient client(String token) {
		WebTestClient.Builder builder = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql");
		if (token != null) {
			builder.defaultHeader("Authorization", "Bearer " + token);
		}
		return builder.build();
	}

	protected int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
