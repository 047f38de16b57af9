package org.stationatlas.servers;

import java.nio.file.Path;
import java.util.Map;

/**
 * The local run command's choice of servers: {@code DB_URL} and {@code REDIS_URL} if set,
 * embedded servers otherwise, with their files in a git-ignored folder so that the second
 * start is quick.
 */
final class LocalRun {

	static final String FLAG = "station-atlas.local-run";

	private LocalRun() {
	}

	static boolean isActive() {
		return Boolean.getBoolean(FLAG);
	}

	static void configure(Map<String, Object> properties, Path dir) {
		String dbUrl = System.getenv("DB_URL");
		if (dbUrl == null || dbUrl.isBlank()) {
			String url = EmbeddedServers.startMariaDb(dir.resolve("mariadb").toAbsolutePath(), "station_atlas");
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", "root");
			properties.put("spring.datasource.password", "");
		}
		String redisUrl = System.getenv("REDIS_URL");
		if (redisUrl == null || redisUrl.isBlank()) {
			properties.put("spring.data.redis.url", EmbeddedServers.startRedis());
		}
		if (System.getenv("APP_DEMO_DATA") == null) {
			properties.put("app.demo-data", "true");
		}
	}

}
