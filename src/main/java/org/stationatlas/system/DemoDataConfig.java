package org.stationatlas.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.Location;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Adds the demo data (repeatable migrations in {@code db/demo}) to Flyway's locations
 * when {@code app.demo-data} is on. Note that repeatable migrations run after all
 * versioned ones and again whenever their file changes, so later schema migrations and
 * the demo data never fight over version numbers.
 */
@Configuration(proxyBeanMethods = false)
class DemoDataConfig {

	static final String DEMO_LOCATION = "classpath:db/demo";

	@Bean
	FlywayConfigurationCustomizer demoDataLocation(Environment environment) {
		boolean demo = environment.getProperty("app.demo-data", Boolean.class, false);
		return (configuration) -> {
			if (demo) {
				List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
				locations.add(new Location(DEMO_LOCATION));
				configuration.locations(locations.toArray(Location[]::new));
			}
		};
	}

}
