package org.recoverytracker.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private PostgreSQL cluster in the stack directory. The binaries come from Maven (zonky); as root, zonky runs them
 * through {@code unshare -U}, which passes PostgreSQL's refusal to run as root.
 */
final class PostgresServer {
    static final String HOST = "127.0.0.1";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "recovery";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private final StackOptions options;
    private final Path dataDir;
    private final Path logFile;
    private EmbeddedPostgres server;

    PostgresServer(StackOptions options) {
        this.options = options;
        this.dataDir = options.dir().resolve("postgres");
        this.logFile = options.dir().resolve("logs").resolve("postgres.log");
    }

    Path dataDir() {
        return dataDir;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            String durable = options.test() ? "off" : "on";
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(options.postgresPort())
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setServerConfig("listen_addresses", HOST)
                    // no Unix socket: nothing of ours uses one, and /tmp stays clean
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    // zonky passes -F (fsync off); these settings decide durability per mode
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            createDatabase();
        } catch (IOException | RuntimeException e) {
            server = null;
            throw new StackException("PostgreSQL did not start on port " + options.postgresPort() + ": " + e.getMessage()
                    + " (see " + logFile + ")", e);
        }
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            server = null;
        }
        Ports.await(() -> !Ports.accepting(options.postgresPort()), Duration.ofSeconds(30), "PostgreSQL to stop");
    }

    synchronized boolean running() {
        return server != null;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + options.postgresPort() + "/" + database;
    }

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                // trust authentication ignores it, but a password makes the stack file honest for md5 setups too
                statement.execute("ALTER USER " + USER + " PASSWORD '" + PASSWORD + "'");
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new StackException("Cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }
}
