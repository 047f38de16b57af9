package org.stationatlas.system;

/**
 * Where a request came from, for the audit log: the peer address and what the client says
 * it is.
 *
 * @param ip the peer address as the server sees it (behind a proxy, configure forwarded
 * headers)
 * @param userAgent the {@code User-Agent}, cut to 200 characters
 */
public record ClientInfo(String ip, String userAgent) {

	/** The key under which each request's client is in the GraphQL context. */
	public static final String CONTEXT_KEY = "clientInfo";

	public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

}
