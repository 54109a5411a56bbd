package org.recoverytracker.damage.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** The answer to a submission: which version now stands and its status. */
@Serdeable
public record ReportReceipt(UUID reportId, int version, ReportStatus status) {
}
