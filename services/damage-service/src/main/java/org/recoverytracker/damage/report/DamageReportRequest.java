package org.recoverytracker.damage.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.recoverytracker.contracts.damage.GeoPoint;
import org.recoverytracker.contracts.damage.ReportType;
import org.recoverytracker.contracts.damage.Source;

/**
 * {@code PUT /api/v1/damage-reports/{reportId}}. Unknown fields are refused (a misspelt {@code figures}
 * would otherwise drop a whole report's numbers without a word).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DamageReportRequest(
        @NotBlank @Size(max = 64) String disasterId,
        @NotBlank @Size(max = 16) String areaCode,
        @NotNull Instant asOf,
        @NotNull Source source,
        @NotNull ReportType reportType,
        @NotEmpty @Size(max = 100) Map<@NotBlank String, @NotNull BigDecimal> figures,
        @Nullable @Valid GeoPoint location,
        @Nullable @Size(max = 2000) String note) {
}
