package org.stationatlas.system;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request's {@link ClientInfo} into the GraphQL context, where data fetchers
 * that audit can find it on any thread.
 */
@Component
class ClientInfoInterceptor implements WebGraphQlInterceptor, Ordered {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		InetSocketAddress remote = request.getRemoteAddress();
		String ip = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : null;
		String agent = request.getHeaders().getFirst("User-Agent");
		if (agent != null && agent.length() > 200) {
			agent = agent.substring(0, 200);
		}
		ClientInfo client = new ClientInfo(ip, agent);
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext((context) -> context.put(ClientInfo.CONTEXT_KEY, client)).build());
		return chain.next(request);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
