package org.stationatlas.servers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every Spring context started from the test classpath at real servers: the test
 * suite's choice ({@link TestServers}), or, for the local run command ({@link LocalRun}),
 * the servers in {@code DB_URL} / {@code REDIS_URL} or embedded ones. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String INLINED_TEST_PROPERTIES = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		if (LocalRun.isActive()) {
			LocalRun.configure(properties, Path.of(".embedded"));
		}
		else {
			Endpoints servers = TestServers.forTests();
			properties.put("spring.datasource.url", servers.databaseUrl());
			properties.put("spring.datasource.username", servers.databaseUser());
			properties.put("spring.datasource.password", servers.databasePassword());
			properties.put("spring.data.redis.url", servers.redisUrl());
			properties.put("app.demo-data", "true");
			// Note that every test calls from 127.0.0.1 into one Redis database; the
			// rate-limit tests switch the
			// limits back on with their own properties.
			properties.put("app.rate-limit.enabled", "false");
		}
		MapPropertySource servers = new MapPropertySource("stationAtlasServers", properties);
		// Note that a test's own properties (e.g. a Redis on a closed port) still win
		// over the chosen servers.
		if (environment.getPropertySources().contains(INLINED_TEST_PROPERTIES)) {
			environment.getPropertySources().addAfter(INLINED_TEST_PROPERTIES, servers);
		}
		else {
			environment.getPropertySources().addFirst(servers);
		}
	}

}
