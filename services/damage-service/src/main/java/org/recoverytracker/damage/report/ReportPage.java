package org.recoverytracker.damage.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record ReportPage(List<DamageReportView> items, int page, int size, long total) {
}
