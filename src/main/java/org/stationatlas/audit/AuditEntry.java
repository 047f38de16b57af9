package org.stationatlas.audit;

import java.time.OffsetDateTime;

import org.stationatlas.system.GlobalId;

/**
 * One line of the audit log: who did or read what, when, from where.
 */
public record AuditEntry(long key, OffsetDateTime occurredAt, Long actorId, String actorName, String action,
		String targetType, Long targetId, String field, Long stationId, String client, String ip) {

	public static final String TYPE = "AuditEntry";

	public String id() {
		return GlobalId.encode(TYPE, this.key);
	}

	/** The target as a global ID, so a client can fetch it with {@code node(id:)}. */
	public String target() {
		return (this.targetType != null && this.targetId != null) ? GlobalId.encode(this.targetType, this.targetId)
				: null;
	}

}
