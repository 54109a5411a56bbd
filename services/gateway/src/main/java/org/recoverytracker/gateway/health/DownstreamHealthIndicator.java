package org.recoverytracker.gateway.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.recoverytracker.gateway.routing.Destination;
import org.recoverytracker.gateway.routing.RouteTable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports whether each downstream service answers its {@code /health}, as a detail only. The
 * gateway's own status stays UP when a service is down: it must keep serving the offline field
 * app and the dashboard's last view, and routing to the other services still works.
 */
@Singleton
final class DownstreamHealthIndicator implements HealthIndicator {

    static final String NAME = "downstream";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final RouteTable routes;
    private final HttpClient client;

    DownstreamHealthIndicator(RouteTable routes, HttpClient client) {
        this.routes = routes;
        this.client = client;
    }

    /** One service's answer, as shown under {@code details.downstream.details}. */
    @Serdeable
    record Probe(String url, boolean reachable, String status) {
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Flux.fromIterable(routes.services())
                .flatMapSequential(service -> probe(service).map(probe -> Map.entry(service.service(), probe)))
                .collectList()
                .map(entries -> {
                    Map<String, Probe> details = new LinkedHashMap<>();
                    entries.forEach(entry -> details.put(entry.getKey(), entry.getValue()));
                    return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
                });
    }

    private Mono<Probe> probe(Destination.Downstream service) {
        String url = service.baseUrl().toString().replaceAll("/+$", "") + "/health";
        return Mono.from(client.exchange(HttpRequest.GET(url)))
                .timeout(PROBE_TIMEOUT)
                .map(response -> new Probe(url, true, "UP"))
                .onErrorResume(HttpClientResponseException.class,
                        // it answered, so it is reachable, but it says it is not healthy (503 = DOWN)
                        error -> Mono.just(new Probe(url, true, "DOWN (" + error.getStatus().getCode() + ")")))
                .onErrorResume(error -> Mono.just(new Probe(url, false, "UNREACHABLE")));
    }
}
