package org.stationatlas.resident;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.community.Community;
import org.stationatlas.community.CommunityService;
import org.stationatlas.resident.SheetColumn.Layout;
import org.stationatlas.resident.SheetRows.SheetRow;
import org.stationatlas.security.Authorities;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports residents from a spreadsheet into the caller's station: every row checked by
 * the same rules as the API, matched to an existing resident by ID number, and written
 * all or nothing in one transaction.
 */
@Service
@EnableConfigurationProperties(SheetProperties.class)
class ResidentImportService {

	static final String IMPORT = "hasAuthority('" + Authorities.RESIDENT_IMPORT + "')";

	static final String IMPORTED = "RESIDENTS_IMPORTED";

	private final ResidentScope scope;

	private final ImportRowChecker checker;

	private final CommunityService communities;

	private final AuditLog audit;

	private final SheetProperties limits;

	ResidentImportService(ResidentScope scope, ImportRowChecker checker, CommunityService communities, AuditLog audit,
			SheetProperties limits) {
		this.scope = scope;
		this.checker = checker;
		this.communities = communities;
		this.audit = audit;
		this.limits = limits;
	}

	/**
	 * Note that a real run writes valid rows in batches as it reads them, while no row
	 * has been rejected, and rolls them all back if a later row is: one pass over the
	 * file, and memory bounded by the batch size.
	 */
	@PreAuthorize(IMPORT)
	@Transactional
	public ImportReport importSheet(MultipartFile file, boolean dryRun, ClientInfo client) {
		long station = this.scope.ownStation();
		ImportRun run;
		try (SheetRows rows = SheetRows.open(file)) {
			SheetRow header = rows.next();
			if (header == null) {
				throw ApiException.badInput("EMPTY_FILE", "文件中没有数据");
			}
			Layout layout = Layout.of(header.texts());
			if (!layout.missing().isEmpty()) {
				throw ApiException.badInput("MISSING_COLUMNS", "缺少必需的列：" + String.join("、", layout.missing()));
			}
			run = new ImportRun(station, this.scope.actor(), dryRun, this.limits.importBatchSize(),
					new ImportTally(dryRun, layout.warnings()), new ImportRowParser(layout, communityKeys(station)));
			for (SheetRow row = rows.next(); row != null; row = rows.next()) {
				if (run.tally().totalRows() == this.limits.importMaxRows()) {
					throw ApiException.badInput("TOO_MANY_ROWS",
							"一次最多导入 " + this.limits.importMaxRows() + " 行，请拆分文件后分批导入");
				}
				this.checker.check(run, row);
			}
			this.checker.flush(run);
		}
		catch (IOException ex) {
			throw ApiException.badInput("UNREADABLE_FILE", "无法读取上传的文件");
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.badInput("CONCURRENT_CHANGE", "导入期间有人录入了相同身份证号的服务对象，请重新导入");
		}
		ImportTally tally = run.tally();
		boolean committed = !dryRun && tally.clean();
		if (committed) {
			this.audit.record(IMPORTED, Resident.TYPE, null,
					"created=" + tally.created() + " updated=" + tally.updated(), station, client);
		}
		else if (!dryRun) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return tally.report(committed);
	}

	/** The station's communities by the name a sheet may spell them with. */
	private Map<String, Long> communityKeys(long station) {
		return this.communities.findAllOfStation(station)
			.stream()
			.collect(Collectors.toMap((c) -> ImportRowParser.name(c.name()), Community::key, (a, b) -> a));
	}

}
