package org.stationatlas.audit;

import org.stationatlas.system.Connection;
import org.stationatlas.system.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry point for reading the audit log.
 */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument AuditLog.AuditFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.audit.find((filter != null) ? filter : AuditLog.AuditFilter.NONE, PageRequest.of(first, after));
	}

}
