package org.stationatlas.resident;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.resident.ResidentInputs.ResidentFilter;
import org.stationatlas.security.Authorities;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;
import org.stationatlas.system.ErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports the caller's station's residents, filtered as the {@code residents} query
 * filters them, to an .xlsx with the import's headers, page by page into a streaming
 * writer. ID numbers and phones are masked unless the caller holds {@code pii:read} and
 * asks for full values; every export is audited.
 */
@Service
class ResidentExportService {

	static final String EXPORTED = "RESIDENTS_EXPORTED";

	private final ResidentService service;

	private final ResidentMapper residents;

	private final ResidentScope scope;

	private final CurrentUser currentUser;

	private final CommunityService communities;

	private final AuditLog audit;

	private final ExportRowWriter rows;

	private final SheetProperties limits;

	ResidentExportService(ResidentService service, ResidentMapper residents, ResidentScope scope,
			CurrentUser currentUser, CommunityService communities, AuditLog audit, ExportRowWriter rows,
			SheetProperties limits) {
		this.service = service;
		this.residents = residents;
		this.scope = scope;
		this.currentUser = currentUser;
		this.communities = communities;
		this.audit = audit;
		this.rows = rows;
		this.limits = limits;
	}

	/** The export's filter from request parameters, refusing unknown values. */
	static ResidentFilter filter(String communityId, String category, String status, String text) {
		SafetyNetCategory parsedCategory = null;
		if (category != null && !category.isBlank()) {
			parsedCategory = SafetyNetCategory.parse(category);
			if (parsedCategory == null) {
				throw ApiException.badInput("INVALID_CATEGORY", "未知的兜底类别：" + category);
			}
		}
		ResidentStatus parsedStatus = null;
		if (status != null && !status.isBlank()) {
			try {
				parsedStatus = ResidentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badInput("INVALID_STATUS", "状态应为 ACTIVE、MOVED_OUT 或 DECEASED");
			}
		}
		String community = (communityId != null && !communityId.isBlank()) ? communityId : null;
		return new ResidentFilter(community, null, parsedCategory, null, parsedStatus, null, text, null);
	}

	/**
	 * Note that no transaction spans the export: it lasts as long as the client reads,
	 * and each page is one short read. The audit line is written before the first byte.
	 * @param target opened only once the request has been checked, so a refusal can still
	 * answer with an error
	 */
	@PreAuthorize(ResidentImportService.IMPORT)
	public void export(ResidentFilter filter, boolean full, ClientInfo client, Target target) throws IOException {
		long station = this.scope.ownStation();
		if (full && !this.currentUser.hasAuthority(Authorities.PII_READ)) {
			throw new ApiException(ErrorCode.FORBIDDEN, "FORBIDDEN", "没有导出完整身份证号和联系电话的权限");
		}
		ResidentQuery q = this.service.query(filter);
		ResidentQuery query = new ResidentQuery(station, q.communityKey(), q.householdKey(), q.category(), q.gender(),
				q.status(), q.bornAfter(), q.bornBefore(), q.hasOpenNeed(), q.tokens(), q.pattern());
		Map<Long, String> communityNames = this.communities.findAllOfStation(station)
			.stream()
			.collect(Collectors.toMap(Community::key, Community::name));
		this.audit.record(EXPORTED, Resident.TYPE, null, full ? "FULL" : "MASKED", station, client);
		try (OutputStream out = target.open()) {
			Workbook workbook = new Workbook(out, "station-atlas", "1.0");
			Worksheet sheet = workbook.newWorksheet("服务对象");
			this.rows.header(sheet);
			int rowNumber = 1;
			Long after = null;
			List<Resident> page;
			do {
				page = this.residents.findPage(query, after, this.limits.exportPageSize());
				rowNumber = this.rows.write(sheet, rowNumber, page, communityNames, full);
				sheet.flush();
				after = page.isEmpty() ? null : page.get(page.size() - 1).key();
			}
			while (page.size() == this.limits.exportPageSize());
			workbook.finish();
		}
	}

	/** Where the workbook goes, e.g. the HTTP response with its headers set. */
	interface Target {

		OutputStream open() throws IOException;

	}

}
