package org.recoverytracker.intake.security.audit;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.recoverytracker.intake.outbox.Outbox;
import org.recoverytracker.intake.security.Actors;

/**
 * Every event an intake service appends to its outbox is a write, so each one gets an audit row naming the
 * authenticated user, in the same transaction: no write without its row, no row for a write that rolled back.
 */
@Singleton
class AuditTrail {
    private final AuditLog log;
    private final SecurityService security;
    private final Clock clock;

    AuditTrail(AuditLog log, SecurityService security, Clock clock) {
        this.log = log;
        this.security = security;
        this.clock = clock;
    }

    @EventListener
    void onAppended(Outbox.OutboxAppended appended) {
        var event = appended.event();
        log.record(new AuditEntry(event.eventId(), null, clock.instant(), security.username().orElse(Actors.ANONYMOUS),
                event.getClass().getSimpleName(), event.entityId(), event.version(), null));
    }
}
