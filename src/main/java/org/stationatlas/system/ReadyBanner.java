package org.stationatlas.system;

import java.time.Duration;
import java.lang.management.ManagementFactory;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the service where it is and which servers it talks to.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;

	private final DataSource dataSource;

	private final RedisConnectionFactory redis;

	ReadyBanner(Environment environment, DataSource dataSource, RedisConnectionFactory redis) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.redis = redis;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		String port = this.environment.getProperty("local.server.port", "?");
		String database = new JdbcTemplate(this.dataSource).queryForObject("SELECT VERSION()", String.class);
		String redisVersion = redisVersion();
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		log.info("Ready in {} ms (JVM uptime). Database: {} at {}; Redis {} at {}",
				Duration.ofMillis(uptime).toMillis(), database,
				withoutSecrets(this.environment.getProperty("spring.datasource.url")), redisVersion,
				withoutSecrets(this.environment.getProperty("spring.data.redis.url")));
		log.info(
				"GraphQL endpoint: http://localhost:{}/graphql  GraphiQL: http://localhost:{}/graphiql  Schema: http://localhost:{}/graphql/schema",
				port, port, port);
	}

	/**
	 * Note that URLs may carry credentials ({@code redis://:pw@host}, {@code password=});
	 * the log gets none.
	 */
	static String withoutSecrets(String url) {
		return (url == null) ? null
				: url.replaceAll("//[^@/]*@", "//***@").replaceAll("(?i)password=[^&]*", "password=***");
	}

	/**
	 * Note that the service starts without Redis (caches fall through to the database);
	 * the log says so.
	 */
	private String redisVersion() {
		try (RedisConnection connection = this.redis.getConnection()) {
			return connection.serverCommands().info("server").getProperty("redis_version");
		}
		catch (RuntimeException ex) {
			log.warn("Redis is unreachable; caches are bypassed until it is back: {}", ex.getMessage());
			return "(unreachable)";
		}
	}

}
