package org.stationatlas.apikey;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.security.Sha256;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.Connection;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;
import org.stationatlas.system.UserError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner API keys: created by a platform administrator and shown once, stored as a
 * SHA-256 hash, revocable.
 */
@Service
public class ApiKeyService {

	static final String MANAGE = "hasAuthority('" + Authorities.API_KEY_MANAGE + "')";

	static final int DEFAULT_RATE = 600;

	private final ApiKeyMapper mapper;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final SecureRandom random = new SecureRandom();

	ApiKeyService(ApiKeyMapper mapper, CurrentUser currentUser, AuditLog audit) {
		this.mapper = mapper;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** The active key with this value, or {@code null}. */
	@Transactional(readOnly = true)
	public ApiKey authenticate(String presented) {
		if (presented.isBlank() || presented.length() > 200) {
			return null;
		}
		return this.mapper.findActiveByHash(Sha256.hex(presented.strip()));
	}

	@PreAuthorize(MANAGE)
	@Transactional
	public CreatedKey create(String name, Integer rateLimitPerMinute, ClientInfo client) {
		List<UserError> errors = new ArrayList<>();
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > 100) {
			errors.add(UserError.of("name", trimmed.isEmpty() ? "REQUIRED" : "TOO_LONG", "名称不能为空，最长 100 字"));
		}
		int rate = (rateLimitPerMinute != null) ? rateLimitPerMinute : DEFAULT_RATE;
		if (rate < 1 || rate > 100_000) {
			errors.add(UserError.of("rateLimitPerMinute", "OUT_OF_RANGE", "每分钟请求上限应在 1 到 100000 之间"));
		}
		if (!errors.isEmpty()) {
			return new CreatedKey(null, null, errors);
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = "sak_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiKeyMapper.NewApiKey row = new ApiKeyMapper.NewApiKey();
		row.name = trimmed;
		row.keyHash = Sha256.hex(secret);
		row.keyPrefix = secret.substring(0, 12);
		row.rateLimitPerMinute = rate;
		row.createdBy = this.currentUser.accountKey().orElse(null);
		row.now = OffsetDateTime.now(ZoneOffset.UTC);
		this.mapper.insert(row);
		this.audit.record("API_KEY_CREATED", ApiKey.TYPE, row.key, null, null, client);
		return new CreatedKey(this.mapper.findByKeys(List.of(row.key)).get(0), secret, List.of());
	}

	@PreAuthorize(MANAGE)
	@Transactional
	public CreatedKey revoke(String id, ClientInfo client) {
		long key = GlobalId.decode(id, ApiKey.TYPE);
		if (this.mapper.revoke(key, OffsetDateTime.now(ZoneOffset.UTC)) == 0) {
			boolean exists = !this.mapper.findByKeys(List.of(key)).isEmpty();
			return new CreatedKey(null, null, List.of(exists ? UserError.of("id", "ALREADY_REVOKED", "该 API Key 已被吊销")
					: UserError.of("id", "NOT_FOUND", "找不到该 API Key")));
		}
		this.audit.record("API_KEY_REVOKED", ApiKey.TYPE, key, null, null, client);
		return new CreatedKey(this.mapper.findByKeys(List.of(key)).get(0), null, List.of());
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public Connection<ApiKey> list(PageRequest page) {
		return Connection.of(this.mapper.findPage(page.afterKey(), page.fetchSize()), page, ApiKey::key,
				this.mapper::count);
	}

	/**
	 * The outcome of a key mutation; {@code secret} is only ever set once, at creation.
	 */
	public record CreatedKey(ApiKey apiKey, String key, List<UserError> userErrors) {
	}

}
