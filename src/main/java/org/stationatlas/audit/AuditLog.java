package org.stationatlas.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.Connection;
import org.stationatlas.system.ErrorCode;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: every read of full personal data and every sensitive administrative act,
 * written here and readable by staff with {@code audit:read} for their own station.
 * Nothing in the API edits or deletes it.
 */
@Service
public class AuditLog {

	/** A full, unmasked personal-data value was read. */
	public static final String FULL_VALUE_READ = "FULL_VALUE_READ";

	private final AuditMapper mapper;

	private final CurrentUser currentUser;

	AuditLog(AuditMapper mapper, CurrentUser currentUser) {
		this.mapper = mapper;
		this.currentUser = currentUser;
	}

	/**
	 * Records an act by the current caller. Note that it joins the caller's transaction
	 * when there is one, so a refused write leaves no audit line; a read is recorded in
	 * its own.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String targetType, Long targetId, String field, Long stationKey,
			ClientInfo client) {
		ClientInfo from = (client != null) ? client : ClientInfo.UNKNOWN;
		this.mapper.insert(new AuditEntry(0, OffsetDateTime.now(ZoneOffset.UTC),
				this.currentUser.accountKey().orElse(null), this.currentUser.actorName(), action, targetType, targetId,
				field, stationKey, from.userAgent(), from.ip()));
	}

	/**
	 * Records an act whose actor is not yet the caller: a sign-in, made by the account
	 * signing in.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(long actorId, String action, String targetType, Long targetId, Long stationKey,
			ClientInfo client) {
		ClientInfo from = (client != null) ? client : ClientInfo.UNKNOWN;
		this.mapper.insert(new AuditEntry(0, OffsetDateTime.now(ZoneOffset.UTC), actorId, "account:" + actorId, action,
				targetType, targetId, null, stationKey, from.userAgent(), from.ip()));
	}

	@PreAuthorize("hasAuthority('" + Authorities.AUDIT_READ + "')")
	@Transactional(readOnly = true)
	public Connection<AuditEntry> find(AuditFilter filter, PageRequest page) {
		Long stationKey = scope(filter.stationId());
		Long actorId = (filter.actorId() != null) ? GlobalId.decode(filter.actorId(), "User") : null;
		GlobalId target = (filter.targetId() != null) ? GlobalId.decode(filter.targetId()) : null;
		String targetType = (target != null) ? target.type() : null;
		Long targetKey = (target != null) ? target.key() : null;
		return Connection.of(
				this.mapper.findPage(stationKey, filter.action(), targetType, targetKey, actorId, page.afterKey(),
						page.fetchSize()),
				page, AuditEntry::key,
				() -> this.mapper.count(stationKey, filter.action(), targetType, targetKey, actorId));
	}

	/** Station staff see their own station's lines only, whatever they ask for. */
	private Long scope(String requestedStation) {
		Long requested = (requestedStation != null) ? GlobalId.decode(requestedStation, "Station") : null;
		if (this.currentUser.hasAuthority(Authorities.ALL_STATIONS)) {
			return requested;
		}
		long own = this.currentUser.stationId()
			.orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "没有权限查看审计日志"));
		if (requested != null && requested != own) {
			throw new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "只能查看本社工站的审计日志");
		}
		return own;
	}

	/** What the audit log can be filtered by. */
	public record AuditFilter(String stationId, String action, String targetId, String actorId) {

		static final AuditFilter NONE = new AuditFilter(null, null, null, null);

	}

}
