package org.stationatlas;

import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.stationatlas.security.Role;
import org.stationatlas.security.TokenService;

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

	@Autowired
	private TokenService tokens;

	protected HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(client(null));
	}

	/** A station administrator of the given station, who may edit its community map. */
	protected HttpGraphQlTester stationAdmin(long stationKey) {
		return as(Role.STATION_ADMIN, stationKey);
	}

	/**
	 * A volunteer of the station: staff without write permission on the community map.
	 */
	protected HttpGraphQlTester readOnlyStaff(long stationKey) {
		return as(Role.VOLUNTEER, stationKey);
	}

	protected HttpGraphQlTester platformAdmin() {
		return as(Role.PLATFORM_ADMIN, null);
	}

	/**
	 * A caller with a real access token for an account of that role (account keys above
	 * the demo ones).
	 */
	protected HttpGraphQlTester as(Role role, Long stationKey) {
		return withToken(accessToken(role, stationKey));
	}

	protected String accessToken(Role role, Long stationKey) {
		long account = 10_000 + role.ordinal() * 100 + ((stationKey != null) ? stationKey : 0);
		return this.tokens.issue(new TokenService.TokenSubject(account, role, stationKey)).accessToken();
	}

	protected HttpGraphQlTester withToken(String token) {
		return HttpGraphQlTester.create(client(token));
	}

	protected HttpGraphQlTester withApiKey(String key) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.defaultHeader("X-Api-Key", key)
			.build());
	}

	/**
	 * Signs in a demo account (password {@code demo-password}) through the login
	 * mutation.
	 */
	protected HttpGraphQlTester demo(String username) {
		return withToken(anonymous().document("""
				mutation($u: String!) { login(input: {username: $u, password: "demo-password"}) {
				  accessToken userErrors { code } } }""")
			.variable("u", username)
			.execute()
			.path("login.accessToken")
			.entity(String.class)
			.get());
	}

	/**
	 * A token signed with the right key but claims of the test's choosing, for
	 * forged-claim tests.
	 */
	protected String token(String subject, Long stationKey, String... authorities) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("station-atlas")
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
