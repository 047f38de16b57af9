package org.stationatlas.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official HSDS 3.0 compiled schemas (test resources {@code hsds-3.0/}), loaded once,
 * with format assertions on so that ids must be UUIDs and times RFC 3339.
 */
final class HsdsSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

	private HsdsSchemas() {
	}

	/**
	 * Fails unless the JSON text is valid against the named schema, e.g.
	 * {@code service_list}.
	 */
	static void assertValid(String schema, String json) {
		List<Error> errors = SCHEMAS.computeIfAbsent(schema, HsdsSchemas::load).validate(json, InputFormat.JSON);
		assertThat(errors).as("%s errors for %s", schema, json).isEmpty();
	}

	private static Schema load(String name) {
		try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds-3.0/" + name + ".json")) {
			assertThat(in).as("schema " + name).isNotNull();
			return REGISTRY.getSchema(in, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
