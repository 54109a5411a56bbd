package org.recoverytracker.gateway.stub;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.recoverytracker.testkit.TestStack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a downstream service in a test: a small Micronaut server of its own on a random
 * port, answering with {@link EchoController} and {@link EventStreamController}. It shares the gateway's
 * classpath, so it declares all of {@code /api} its own (local) and needs no database or broker.
 */
public final class StubService implements AutoCloseable {

    public static final String SPEC = "GatewayStub";

    private final EmbeddedServer server;

    private StubService(EmbeddedServer server) {
        this.server = server;
    }

    public static StubService start(String name) {
        return new StubService(ApplicationContext.run(EmbeddedServer.class, Map.of(
                "spec.name", SPEC,
                "stub.name", name,
                "micronaut.server.port", -1,
                "gateway.local-paths", "/api/**",
                "flyway.datasources.default.enabled", false,
                "datasources.default.initialization-fail-timeout", -1,
                "endpoints.health.jdbc.enabled", false,
                "kafka.enabled", false,
                // a stand-in answers whatever it is sent; checking tokens is the gateway's business under test here
                "micronaut.security.enabled", false)));
    }

    /**
     * Properties for a gateway under test: the devstack's database and broker, routes to the given stand-ins, and
     * every other service pointed where nothing listens (so a test never reaches a service someone else runs).
     */
    public static Map<String, String> gatewayProperties(Class<?> testClass, Map<String, StubService> running) {
        Map<String, String> properties = new HashMap<>(TestStack.get().serviceProperties(testClass, "gateway"));
        for (String service : List.of("damage-service", "donation-service", "rebuild-service", "aggregation-service")) {
            URI url = running.containsKey(service) ? running.get(service).url() : deadUrl();
            properties.put("gateway.routes." + service + ".url", url.toString());
        }
        return properties;
    }

    /** A base URL where nothing listens: how a service that is down looks to the gateway. */
    public static URI deadUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    public URI url() {
        return server.getURI();
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
