package org.recoverytracker.gateway.audit;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoverytracker.gateway.routing.Destination;
import org.recoverytracker.gateway.routing.RouteTable;
import org.recoverytracker.intake.security.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks each service in {@code gateway.audit.services} for its part of the trail ({@code GET /api/v1/audit}), all at
 * once, with the admin's own token: each service checks for itself that the caller is an admin.
 */
@Singleton
class AuditSources {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSources.class);
    private static final Argument<List<AuditEntry>> ENTRIES = Argument.listOf(AuditEntry.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<Destination.Downstream> services;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    AuditSources(RouteTable routes, @Property(name = "gateway.audit.services") List<String> names, ObjectMapper json) {
        Map<String, Destination.Downstream> byName = routes.services().stream()
                .collect(Collectors.toMap(Destination.Downstream::service, Function.identity()));
        this.services = names.stream().map(name -> Optional.ofNullable(byName.get(name))
                .orElseThrow(() -> new IllegalStateException("gateway.audit.services names " + name + ", which has no route"))).toList();
        this.json = json;
    }

    /** Each service's entries, or empty for a service that did not give a usable answer. */
    Map<String, Optional<List<AuditEntry>>> fetch(String rawQuery, String authorization) {
        Map<String, CompletableFuture<Optional<List<AuditEntry>>>> calls = services.stream().collect(Collectors.toMap(
                Destination.Downstream::service, service -> call(service, rawQuery, authorization)));
        return calls.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().join()));
    }

    private CompletableFuture<Optional<List<AuditEntry>>> call(Destination.Downstream service, String rawQuery, String authorization) {
        URI uri = URI.create(service.baseUrl().toString().replaceAll("/+$", "") + "/api/v1/audit" + (rawQuery == null ? "" : "?" + rawQuery));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> parse(service.service(), response))
                .exceptionally(error -> {
                    LOG.warn("audit trail of {} unavailable: {}", service.service(), error.toString());
                    return Optional.empty();
                });
    }

    private Optional<List<AuditEntry>> parse(String service, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            LOG.warn("audit trail of {} answered {}", service, response.statusCode());
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(response.body(), ENTRIES));
        } catch (IOException e) {
            LOG.warn("audit trail of {} unreadable: {}", service, e.getMessage());
            return Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        client.shutdownNow();
    }
}
