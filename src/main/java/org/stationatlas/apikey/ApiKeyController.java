package org.stationatlas.apikey;

import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.Connection;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for partner API keys (platform administrators only).
 */
@Controller
class ApiKeyController {

	private final ApiKeyService keys;

	ApiKeyController(ApiKeyService keys) {
		this.keys = keys;
	}

	@QueryMapping
	Connection<ApiKey> apiKeys(@Argument Integer first, @Argument String after) {
		return this.keys.list(PageRequest.of(first, after));
	}

	@MutationMapping
	ApiKeyService.CreatedKey createApiKey(@Argument CreateApiKeyInput input, @ContextValue ClientInfo clientInfo) {
		return this.keys.create(input.name(), input.rateLimitPerMinute(), clientInfo);
	}

	@MutationMapping
	ApiKeyService.CreatedKey revokeApiKey(@Argument RevokeApiKeyInput input, @ContextValue ClientInfo clientInfo) {
		return this.keys.revoke(input.id(), clientInfo);
	}

	record CreateApiKeyInput(String name, Integer rateLimitPerMinute) {
	}

	record RevokeApiKeyInput(String id) {
	}

}
