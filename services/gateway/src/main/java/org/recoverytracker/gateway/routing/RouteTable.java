package org.recoverytracker.gateway.routing;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which service owns an {@code /api} path. The gateway's own paths are checked first, so a
 * mistaken route can never take over login; among routes the most specific pattern wins. Two
 * services claiming the same pattern is a configuration error found at start-up, not at run time.
 */
@Singleton
public final class RouteTable {

    private record Entry(PathPattern pattern, Destination destination) {
    }

    private final List<PathPattern> local;
    private final List<Entry> routes;
    private final List<Destination.Downstream> services;

    public RouteTable(List<ServiceRoute> services, @Property(name = "gateway.local-paths") List<String> localPaths) {
        this.local = localPaths.stream().map(PathPattern::parse).toList();
        List<Entry> entries = new ArrayList<>();
        List<Destination.Downstream> downstreams = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (ServiceRoute service : services) {
            Destination.Downstream downstream = new Destination.Downstream(service.name(), baseUrl(service));
            downstreams.add(downstream);
            for (String text : service.paths() == null ? List.<String>of() : service.paths()) {
                PathPattern pattern = PathPattern.parse(text);
                String previous = owners.putIfAbsent(pattern.text(), service.name());
                if (previous != null) {
                    throw new IllegalStateException("Route " + text + " is claimed by both " + previous + " and " + service.name());
                }
                entries.add(new Entry(pattern, downstream));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.pattern().specificity()).reversed());
        this.routes = List.copyOf(entries);
        this.services = List.copyOf(downstreams);
    }

    private static URI baseUrl(ServiceRoute service) {
        URI url = service.url();
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            throw new IllegalStateException("gateway.routes." + service.name() + ".url must be an absolute http(s) URL, got " + url);
        }
        return url;
    }

    public Destination resolve(String path) {
        for (PathPattern pattern : local) {
            if (pattern.matches(path)) {
                return new Destination.Local();
            }
        }
        for (Entry entry : routes) {
            if (entry.pattern().matches(path)) {
                return entry.destination();
            }
        }
        return new Destination.Unknown();
    }

    /** Every downstream service once, in configuration order: what the health check probes. */
    public List<Destination.Downstream> services() {
        return services;
    }
}
