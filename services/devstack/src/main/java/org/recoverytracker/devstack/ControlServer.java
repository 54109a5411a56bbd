package org.recoverytracker.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loopback-only HTTP endpoints that let fault tests stop and start the broker and the database. Each answers 200 only
 * once the change is complete (down, or up and accepting connections).
 */
final class ControlServer {
    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    private final HttpServer server;

    ControlServer(KafkaBroker kafka, PostgresServer postgres, Runnable shutdown) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.freePort()), 0);
        } catch (IOException e) {
            throw new StackException("Cannot open the control server", e);
        }
        route("/kafka/stop", kafka::stop);
        route("/kafka/start", kafka::start);
        route("/postgres/stop", postgres::stop);
        route("/postgres/start", postgres::start);
        route("/shutdown", () -> Thread.ofPlatform().name("devstack-shutdown").start(shutdown));
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> Thread.ofPlatform()
                .name("devstack-control").daemon(true).unstarted(runnable)));
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void route(String path, Runnable action) {
        server.createContext(path, exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    answer(exchange, 405, "use POST");
                    return;
                }
                LOG.info("control: {}", path);
                try {
                    action.run();
                    answer(exchange, 200, "done");
                } catch (RuntimeException e) {
                    LOG.warn("control {} failed: {}", path, e.getMessage());
                    answer(exchange, 500, String.valueOf(e.getMessage()));
                }
            }
        });
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
