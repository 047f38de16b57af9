package org.stationatlas.need;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.stationatlas.audit.AuditLog;
import org.stationatlas.security.CurrentUser;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.ClientInfo;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/needs/export.xlsx}: the needs library as a spreadsheet with Chinese
 * headers, streamed, most urgent first, within the caller's station; every export is
 * audited.
 */
@RestController
class NeedSheetController {

	static final int MAX_ROWS = 100_000;

	private static final String[] HEADERS = { "需求ID", "对象类型", "对象", "所属社区", "需求类型", "需求类别", "子类别", "评估方法", "紧急程度", "状态",
			"状态说明", "需求描述", "评估时间", "期限", "居民自报", "登记时间" };

	private final NeedService needs;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	NeedSheetController(NeedService needs, AuditLog audit, CurrentUser currentUser) {
		this.needs = needs;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/needs/export.xlsx")
	void export(@RequestParam(required = false) String communityId, @RequestParam(required = false) String category,
			@RequestParam(required = false) String status, @RequestParam(required = false) String urgency,
			@RequestParam(required = false) String text, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		NeedFilter filter = new NeedFilter(communityId, parse(NeedCategory.class, category), null,
				parse(NeedStatus.class, status), parse(Urgency.class, urgency), null, null, text);
		// Checks the permission and the filter before the first byte, so a refusal is
		// still a clean error.
		this.needs.exportRows(filter, 0);
		this.audit.record("NEEDS_EXPORTED", "Need", null, null, this.currentUser.stationId().orElse(null),
				new ClientInfo(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("需求库.xlsx", StandardCharsets.UTF_8).build().toString());
		try (OutputStream out = response.getOutputStream()) {
			Workbook workbook = new Workbook(out, "station-atlas", "1.0");
			Worksheet sheet = workbook.newWorksheet("需求库");
			for (int c = 0; c < HEADERS.length; c++) {
				sheet.inlineString(0, c, HEADERS[c]);
				sheet.style(0, c).bold().set();
			}
			sheet.freezePane(0, 1);
			int[] row = { 1 };
			this.needs.exportRows(filter, MAX_ROWS, (need) -> write(sheet, row[0]++, need));
			workbook.finish();
		}
	}

	private static void write(Worksheet sheet, int r, NeedRow n) {
		Object[] values = { n.id(), n.subjectType().name(), n.subjectName(), n.communityName(), n.type().label(),
				n.category().label(), n.subCategory(), n.assessmentMethod().label(), n.urgency().label(),
				n.status().label(), n.statusReason(), n.description(),
				(n.assessedAt() != null) ? n.assessedAt().toString() : null,
				(n.dueDate() != null) ? n.dueDate().toString() : null, n.selfReported() ? "是" : "否",
				n.createdAt().toString() };
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null) {
				sheet.inlineString(r, c, values[c].toString());
			}
		}
		if (r % 500 == 0) {
			try {
				sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badInput("INVALID_PARAMETER", "参数取值不正确：" + type.getSimpleName());
		}
	}

}
