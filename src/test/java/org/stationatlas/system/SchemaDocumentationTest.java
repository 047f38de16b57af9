package org.stationatlas.system;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.ScalarInfo;
import org.junit.jupiter.api.Test;

import org.stationatlas.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument, input field and enum value of the API carries an SDL
 * description: it is the documentation frontend teams read in GraphiQL. Note that this
 * extends ApiTest only to share its application context.
 */
class SchemaDocumentationTest extends ApiTest {

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void everythingIsDescribed() {
		List<String> undocumented = new ArrayList<>();
		List<GraphQLNamedType> types = this.graphQlSource.schema().getAllTypesAsList();
		for (GraphQLNamedType type : types) {
			if (type.getName().startsWith("__")
					|| (type instanceof GraphQLScalarType scalar && ScalarInfo.isGraphqlSpecifiedScalar(scalar))) {
				continue;
			}
			check(undocumented, type.getName(), type.getDescription());
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					String path = type.getName() + "." + field.getName();
					check(undocumented, path, field.getDescription());
					for (GraphQLArgument argument : field.getArguments()) {
						check(undocumented, path + "(" + argument.getName() + ":)", argument.getDescription());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					check(undocumented, type.getName() + "." + field.getName(), field.getDescription());
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					check(undocumented, type.getName() + "." + value.getName(), value.getDescription());
				}
			}
		}
		assertThat(types).extracting(GraphQLNamedType::getName).contains("Query", "Community", "PlaceKind");
		assertThat(undocumented).as("schema elements without a description").isEmpty();
	}

	private static void check(List<String> undocumented, String path, String description) {
		if (description == null || description.isBlank()) {
			undocumented.add(path);
		}
	}

}
