package org.stationatlas.security.wechat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for WeChat's {@code /sns/jscode2session}, answering each
 * {@code js_code} with the reply given for it and any other code with WeChat's 40029.
 * Like WeChat it checks the AppID, secret and grant type. For a Spring test, start one in
 * a static field and set {@code app.wechat.base-url}, {@code app-id} and {@code secret}
 * from {@link #url()}, {@link #APP_ID} and {@link #SECRET}.
 */
public class FakeWechatServer implements AutoCloseable {

	public static final String APP_ID = "wx0123456789abcdef";

	public static final String SECRET = "fake-secret-0123456789abcdef0123";

	private final String appId;

	private final String secret;

	private final Map<String, Reply> replies = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile String lastRawQuery;

	private HttpServer server;

	private ExecutorService executor;

	public FakeWechatServer() {
		this(APP_ID, SECRET);
	}

	public FakeWechatServer(String appId, String secret) {
		this.appId = appId;
		this.secret = secret;
	}

	public FakeWechatServer start() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Note that each request gets its own thread: a slow reply holds up no other.
		this.executor = Executors.newCachedThreadPool();
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
		return this;
	}

	public void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.executor.shutdownNow();
			this.server = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	/** The base URL, e.g. {@code http://127.0.0.1:54321}. */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Properties that point a {@link WechatClient} here. */
	public WechatProperties properties() {
		return new WechatProperties(url(), this.appId, this.secret, null, null);
	}

	/** Answers the given code with the reply from now on. */
	public FakeWechatServer reply(String jsCode, Reply reply) {
		this.replies.put(jsCode, reply);
		return this;
	}

	public int requestCount() {
		return this.requests.get();
	}

	/** The last request's query parameters, decoded. */
	public Map<String, String> lastQuery() {
		Map<String, String> query = new LinkedHashMap<>();
		if (this.lastRawQuery != null) {
			for (String pair : this.lastRawQuery.split("&")) {
				String[] nameValue = pair.split("=", 2);
				query.put(decode(nameValue[0]), (nameValue.length > 1) ? decode(nameValue[1]) : "");
			}
		}
		return query;
	}

	/** The last request's query string, still encoded. */
	public String lastRawQuery() {
		return this.lastRawQuery;
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		this.lastRawQuery = exchange.getRequestURI().getRawQuery();
		Map<String, String> query = lastQuery();
		Reply reply;
		if (!exchange.getRequestURI().getPath().equals("/sns/jscode2session")) {
			reply = Reply.status(404, "<html><body>404 Not Found</body></html>");
		}
		else if (!this.appId.equals(query.get("appid"))) {
			reply = Reply.error(40013, "invalid appid");
		}
		else if (!this.secret.equals(query.get("secret"))) {
			reply = Reply.error(40125, "invalid appsecret");
		}
		else if (!"authorization_code".equals(query.get("grant_type"))) {
			reply = Reply.error(40002, "invalid grant_type");
		}
		else {
			reply = this.replies.getOrDefault(query.get("js_code"), Reply.error(40029, "invalid code"));
		}
		send(exchange, reply);
	}

	private static void send(HttpExchange exchange, Reply reply) throws IOException {
		try (exchange) {
			Thread.sleep(reply.delay().toMillis());
			byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", reply.contentType());
			exchange.sendResponseHeaders(reply.status(), (body.length > 0) ? body.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/** One canned HTTP answer, in the shapes WeChat really sends. */
	public record Reply(int status, String contentType, String body, Duration delay) {

		/** Note that WeChat labels its success JSON {@code text/plain}. */
		public static Reply session(String openid, String sessionKey, String unionid) {
			String union = (unionid != null) ? ",\"unionid\":\"" + unionid + "\"" : "";
			return text("{\"session_key\":\"" + sessionKey + "\",\"openid\":\"" + openid + "\"" + union + "}");
		}

		public static Reply error(int errcode, String errmsg) {
			return new Reply(200, "application/json; encoding=utf-8",
					"{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + ", rid: 6650f1c2-0a1b2c3d-4e5f6a7b\"}",
					Duration.ZERO);
		}

		public static Reply text(String body) {
			return new Reply(200, "text/plain", body, Duration.ZERO);
		}

		public static Reply status(int status, String html) {
			return new Reply(status, "text/html", html, Duration.ZERO);
		}

		/** The same reply, sent only after the delay. */
		public Reply after(Duration delay) {
			return new Reply(this.status, this.contentType, this.body, delay);
		}

	}

}
