package org.recoverytracker.gateway.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.gateway.identity.UserAdministration;
import org.recoverytracker.intake.security.audit.AuditEntry;
import org.recoverytracker.intake.security.audit.AuditQuery;

/**
 * {@code GET /api/v1/audit?entity=&user=&from=&to=&limit=} (admins): who changed what, when, across the gateway's own
 * account changes and every intake service's writes, merged newest first.
 */
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditTrailController {
    private final UserAdministration users;
    private final AuditSources sources;

    AuditTrailController(UserAdministration users, AuditSources sources) {
        this.users = users;
        this.sources = sources;
    }

    @Get
    AuditTrailView trail(@Nullable @QueryValue String entity, @Nullable @QueryValue String user, @Nullable @QueryValue String from,
                         @Nullable @QueryValue String to, @Nullable @QueryValue Integer limit, HttpRequest<?> request) {
        AuditQuery query = AuditQuery.parse(entity, user, from, to, limit);
        Map<String, Optional<List<AuditEntry>>> fetched = sources.fetch(request.getUri().getRawQuery(),
                request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        List<AuditEntry> entries = new ArrayList<>(users.trail(query));
        List<String> unavailable = new ArrayList<>();
        fetched.forEach((service, answer) -> answer.ifPresentOrElse(entries::addAll, () -> unavailable.add(service)));
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        unavailable.sort(Comparator.naturalOrder());
        return new AuditTrailView(entries.stream().limit(query.limit()).toList(), unavailable);
    }
}
