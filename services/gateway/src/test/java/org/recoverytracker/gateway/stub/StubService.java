package org.recoverytracker.gateway.stub;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
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
                "kafka.enabled", false)));
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
