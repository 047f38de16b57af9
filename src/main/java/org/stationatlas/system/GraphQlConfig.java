package org.stationatlas.system;

import graphql.scalars.ExtendedScalars;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars and the schema mapping check. Note that the application refuses to start when a
 * schema field has no data fetcher, so an unmapped field fails every test and so the
 * build.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfig {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.Json);
	}

	@Bean
	GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
		return (builder) -> builder.inspectSchemaMappings((report) -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("GraphQL schema has unmapped fields or arguments:\n" + report);
			}
		});
	}

}
