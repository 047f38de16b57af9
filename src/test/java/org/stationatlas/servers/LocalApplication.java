package org.stationatlas.servers;

import org.stationatlas.Application;

import org.springframework.boot.SpringApplication;

/**
 * The local run command ({@code ./mvnw spring-boot:test-run}): the real application on
 * embedded servers (or the ones in {@code DB_URL} / {@code REDIS_URL}), with the demo
 * data loaded.
 */
public final class LocalApplication {

	private LocalApplication() {
	}

	public static void main(String[] args) {
		System.setProperty(LocalRun.FLAG, "true");
		SpringApplication.from(Application::main).run(args);
	}

}
