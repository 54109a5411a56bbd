package org.recoverytracker.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every deployable service proves against the real stack: it starts, migrates its schema, reports itself healthy,
 * reports DOWN (503) while its database is gone and UP again once it is back, and exposes Prometheus metrics. A
 * service's {@code HealthIT} extends this and names its schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceHealthContract {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String schema;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Map<String, String> properties;
    private EmbeddedServer server;

    protected ServiceHealthContract(String schema) {
        this.schema = schema;
    }

    @BeforeAll
    void startServiceAgainstTheStack() {
        properties = new HashMap<>(TestStack.get().serviceProperties("t_health_" + schema, schema));
        // a dead database must show in /health within seconds, not after Hikari's default 30 s
        properties.put("datasources.default.connection-timeout", "2000");
        server = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(properties), "test");
    }

    @AfterAll
    void stopService() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void migratesItsOwnSchemaOnStartUp() throws SQLException {
        String url = properties.get("datasources.default.url");
        try (Connection connection = DriverManager.getConnection(url, properties.get("datasources.default.username"),
                properties.get("datasources.default.password"));
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'service_info'")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "table " + schema + ".service_info after Flyway ran");
            }
        }
    }

    @Test
    void reportsUpWithItsDatabaseAndBrokerChecked() {
        HttpResponse<String> health = get("/health");

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"jdbc\""), "database checked: " + health.body());
        assertTrue(health.body().contains("\"kafka\""), "broker checked: " + health.body());
        assertEquals(200, get("/health/liveness").statusCode());
        assertEquals(200, get("/health/readiness").statusCode());
    }

    @Test
    void reportsDownWhileItsDatabaseIsStoppedAndUpOnceItIsBack() {
        TestStack.get().stopPostgres();
        try {
            Awaitility.await().atMost(PATIENCE).until(() -> get("/health").statusCode() == 503);
            HttpResponse<String> health = get("/health");
            assertTrue(health.body().contains("\"status\":\"DOWN\""), health.body());
            assertEquals(503, get("/health/readiness").statusCode(), "not ready without its database");
        } finally {
            TestStack.get().startPostgres();
        }
        Awaitility.await().atMost(PATIENCE).until(() -> get("/health").statusCode() == 200);
    }

    @Test
    void exposesPrometheusMetrics() {
        get("/health");

        HttpResponse<String> metrics = get("/prometheus");

        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "Prometheus text format: " + metrics.headers());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics");
        assertTrue(metrics.body().contains("http_server_requests_seconds"), "HTTP metrics");
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUiWithoutInternet() {
        HttpResponse<String> ui = get("/swagger-ui/index.html");

        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("swagger"), "Swagger UI page");
        assertTrue(!ui.body().contains("://unpkg.com") && !ui.body().contains("://cdn."), "no scripts from the internet");
        assertEquals(200, get("/swagger-ui/res/swagger-ui-bundle.js").statusCode(), "the UI's script is in the jar");
    }

    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(PATIENCE).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }
}
