package org.stationatlas.hsds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema check itself bites: a record that breaks HSDS fails it, formats included, so
 * a passing export test means something.
 */
class HsdsSchemasTest {

	private static final String ID = "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"";

	@Test
	void acceptsAMinimalService() {
		HsdsSchemas.assertValid("service", "{" + ID + ",\"name\":\"助老服务\",\"status\":\"active\"}");
	}

	@Test
	void rejectsBrokenRecords() {
		String[][] broken = { { "service", "{" + ID + ",\"status\":\"active\"}" },
				{ "service", "{" + ID + ",\"name\":\"助老服务\",\"status\":\"potential\"}" },
				{ "service_list", "{\"id\":\"42\",\"name\":\"助老服务\",\"status\":\"active\"}" },
				{ "service_list",
						"{" + ID + ",\"name\":\"s\",\"status\":\"active\",\"last_modified\":\"2026-11-20T09:30Z\"}" },
				{ "organization", "{" + ID + ",\"name\":\"阳光中心\"}" },
				{ "service_at_location", "{" + ID + ",\"location\":{" + ID + ",\"location_type\":\"anywhere\"}}" } };
		for (String[] record : broken) {
			assertThatExceptionOfType(AssertionError.class).as(record[1])
				.isThrownBy(() -> HsdsSchemas.assertValid(record[0], record[1]));
		}
	}

}
