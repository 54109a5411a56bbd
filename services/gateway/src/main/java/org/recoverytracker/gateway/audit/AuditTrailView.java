package org.recoverytracker.gateway.audit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.recoverytracker.intake.security.audit.AuditEntry;

/**
 * The audit trail across services, newest first. {@code unavailable} names the services that did not answer, so an
 * incomplete trail never looks complete.
 */
@Serdeable
public record AuditTrailView(List<AuditEntry> entries, List<String> unavailable) {
}
