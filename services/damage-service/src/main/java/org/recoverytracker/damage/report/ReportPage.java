package org.recoverytracker.damage.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A window of a report list: {@code offset} and {@code limit} as asked, {@code total} reports matching in all;
 * {@code page} and {@code size} say the same for clients that page by number. An empty list is {@code "items": []}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportPage(List<DamageReportView> items, long offset, int limit, long total, long page, int size) {

    static ReportPage of(List<DamageReportView> items, ReportSearch search, long total) {
        return new ReportPage(items, search.offset(), search.limit(), total, search.offset() / search.limit(), search.limit());
    }
}
