package org.recoverytracker.intake.security.audit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;

/**
 * This service's part of the audit trail (admins only, by each service's intercept-url-map); the gateway merges the
 * parts of every service at the same path. Present wherever there is an outbox, i.e. in every intake service, but not
 * in the gateway ({@code recovery.audit.own-endpoint: false}), which serves the merged trail there.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/audit")
@Requires(property = "recovery.outbox.source")
@Requires(property = "recovery.audit.own-endpoint", notEquals = StringUtils.FALSE, defaultValue = StringUtils.TRUE)
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Get
    List<AuditEntry> entries(@Nullable @QueryValue String entity, @Nullable @QueryValue String user,
                             @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                             @Nullable @QueryValue Integer limit) {
        return log.find(AuditQuery.parse(entity, user, from, to, limit));
    }
}
