package org.stationatlas.resident;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.stationatlas.system.ClientInfo;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Spreadsheet import and export of residents over plain HTTP, next to the GraphQL API:
 * {@code POST /api/residents/import} and {@code GET /api/residents/export.xlsx}. Errors
 * have the shape of GraphQL errors.
 */
@RestController
@RequestMapping("/api/residents")
class ResidentSheetController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ResidentImportService imports;

	private final ResidentExportService exports;

	ResidentSheetController(ResidentImportService imports, ResidentExportService exports) {
		this.imports = imports;
		this.exports = exports;
	}

	/** Checks (dry run, the default) or imports an .xlsx or .csv file of residents. */
	@PostMapping("/import")
	ImportReport importSheet(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun, HttpServletRequest request) {
		return this.imports.importSheet(file, dryRun, client(request));
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String communityId, @RequestParam(required = false) String category,
			@RequestParam(required = false) String status, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean full, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.exports.export(ResidentExportService.filter(communityId, category, status, text), full, client(request),
				() -> {
					response.setContentType(XLSX);
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment()
								.filename("服务对象.xlsx", StandardCharsets.UTF_8)
								.build()
								.toString());
					return response.getOutputStream();
				});
	}

	private static ClientInfo client(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		return new ClientInfo(request.getRemoteAddr(),
				(agent != null && agent.length() > 200) ? agent.substring(0, 200) : agent);
	}

}
