package org.stationatlas.resident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.stationatlas.ApiTest;
import org.stationatlas.privacy.PersonalDataCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Calls the spreadsheet endpoints over real HTTP, as a browser or a script would.
 */
abstract class SheetApiTest extends ApiTest {

	@Autowired
	protected PersonalDataCipher cipher;

	/** A demo account's access token, signed in with the login mutation. */
	protected String demoToken(String username) {
		return anonymous().document("""
				mutation($u: String!) { login(input: {username: $u, password: "demo-password"}) {
				  accessToken } }""")
			.variable("u", username)
			.execute()
			.path("login.accessToken")
			.entity(String.class)
			.get();
	}

	protected WebTestClient.ResponseSpec upload(String token, byte[] file, String filename, String query) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", file).filename(filename);
		WebTestClient.RequestBodySpec request = http().post().uri("/api/residents/import" + query);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.body(BodyInserters.fromMultipartData(body.build())).exchange();
	}

	protected ImportReport importOk(String token, byte[] file, String filename, boolean dryRun) {
		return upload(token, file, filename, "?dryRun=" + dryRun).expectStatus()
			.isOk()
			.expectBody(ImportReport.class)
			.returnResult()
			.getResponseBody();
	}

	protected WebTestClient.ResponseSpec export(String token, String query) {
		return http().get()
			.uri("/api/residents/export.xlsx" + query)
			.header("Authorization", "Bearer " + token)
			.exchange();
	}

	protected WebTestClient http() {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build();
	}

	/** A sheet row in {@link SheetFiles#HEADERS} order. */
	protected static List<Object> row(Object... cells) {
		return new ArrayList<>(Arrays.asList(cells));
	}

	protected int residentsNamed(String marker) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM resident WHERE name LIKE ?", Integer.class,
				"%" + marker + "%");
	}

	protected String column(String idNumber, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM resident WHERE id_number_hmac = ?", String.class,
				this.cipher.lookupHash(idNumber));
	}

}
