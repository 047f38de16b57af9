package org.stationatlas.resident;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the residents spreadsheet import and export, under {@code app.residents}; the
 * upload size itself is {@code spring.servlet.multipart.max-file-size}.
 *
 * @param importMaxRows the most data rows one import may have
 * @param importBatchSize how many valid rows are written together
 * @param exportPageSize how many residents are read per page while exporting
 */
@ConfigurationProperties(prefix = "app.residents")
@Validated
record SheetProperties(@DefaultValue("50000") @Positive int importMaxRows,
		@DefaultValue("1000") @Positive int importBatchSize, @DefaultValue("500") @Positive int exportPageSize) {
}
