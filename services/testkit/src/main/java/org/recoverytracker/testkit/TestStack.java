package org.recoverytracker.testkit;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The real broker and database that {@code ./recovery test} starts once per test run. Their
 * addresses come from the stack file the devstack writes ({@code -Drecovery.stack.file} or
 * {@code RECOVERY_STACK_FILE}). Each test class takes a database of its own, so classes never see
 * each other's rows; Kafka topics are shared, and tests keep apart by using their own entity ids.
 */
public final class TestStack {
    private static TestStack instance;

    private final Properties stack;

    private TestStack(Properties stack) {
        this.stack = stack;
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            instance = new TestStack(load(stackFile()));
        }
        return instance;
    }

    private static Path stackFile() {
        String configured = System.getProperty("recovery.stack.file");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("RECOVERY_STACK_FILE");
        }
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("No devstack for this test: run it through ./recovery test, or start one with "
                    + "./recovery stack and pass -Drecovery.stack.file=.stack/test/stack.properties");
        }
        return Path.of(configured);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the devstack file " + file + ": is the stack running?", e);
        }
        return properties;
    }

    public String kafkaBootstrap() {
        return required("kafka.bootstrap.servers");
    }

    public String postgresHost() {
        return required("postgres.host");
    }

    public int postgresPort() {
        return Integer.parseInt(required("postgres.port"));
    }

    public String postgresUser() {
        return required("postgres.user");
    }

    public String postgresPassword() {
        return required("postgres.password");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost() + ":" + postgresPort() + "/" + database;
    }

    /** Drops and creates {@code name} (lower-cased, letters, digits and underscores) and returns its JDBC URL. */
    public String freshDatabase(String name) {
        String database = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), postgresUser(), postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database, e);
        }
        return jdbcUrl(database);
    }

    /**
     * Properties for a Micronaut service under test: a fresh database of its own, named after the
     * test class, with the service's schema in {@code currentSchema}, the shared broker, and the TEST-ONLY token keys
     * (the service checks real signatures of {@link TestTokens}; the built-in development key is refused).
     */
    public Map<String, String> serviceProperties(Class<?> testClass, String schema) {
        return serviceProperties("t_" + testClass.getSimpleName(), schema);
    }

    /** As {@link #serviceProperties(Class, String)}, for tests whose class name is not unique across modules. */
    public Map<String, String> serviceProperties(String database, String schema) {
        String url = freshDatabase(database);
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", url + "?currentSchema=" + schema);
        properties.put("datasources.default.username", postgresUser());
        properties.put("datasources.default.password", postgresPassword());
        properties.put("kafka.bootstrap.servers", kafkaBootstrap());
        properties.put("micronaut.server.port", "-1");
        properties.put("recovery.security.jwt.public-keys", TestKeys.publicJwks());
        properties.put("recovery.security.jwt.signing-key", TestKeys.signingJwk());
        properties.put("recovery.security.allow-dev-key", "false");
        return properties;
    }

    /** Stops the broker (as a crash would, but cleanly enough to restart on the same data). Returns once it is down. */
    public void stopKafka() {
        control("/kafka/stop");
    }

    /** Starts the broker again on the same port and data; returns once it accepts connections. */
    public void startKafka() {
        control("/kafka/start");
    }

    /** Stops PostgreSQL (fast shutdown); returns once it is down. */
    public void stopPostgres() {
        control("/postgres/stop");
    }

    /** Starts PostgreSQL again on the same port and data; returns once it accepts connections. */
    public void startPostgres() {
        control("/postgres/start");
    }

    private void control(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(required("control.url") + path))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("devstack " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("devstack " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during devstack " + path, e);
        }
    }

    private String required(String key) {
        String value = stack.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("The devstack file has no " + key);
        }
        return value;
    }
}
