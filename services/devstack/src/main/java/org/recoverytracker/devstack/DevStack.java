package org.recoverytracker.devstack;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real Kafka broker and a real PostgreSQL for {@code ./recovery up} and {@code ./recovery test}, writes
 * {@code <stack dir>/stack.properties} once both accept connections, and stops both on SIGTERM, SIGINT or
 * {@code POST /shutdown}.
 */
public final class DevStack {
    private static final Logger LOG = LoggerFactory.getLogger(DevStack.class);

    private final StackOptions options;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final ControlServer control;
    private final CountDownLatch shutdownRequested = new CountDownLatch(1);

    private DevStack(StackOptions options) {
        this.options = options;
        this.postgres = new PostgresServer(options);
        this.kafka = new KafkaBroker(options);
        this.control = new ControlServer(kafka, postgres, shutdownRequested::countDown);
    }

    public static void main(String[] args) {
        StackOptions options;
        try {
            options = StackOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new DevStack(options).run();
            System.exit(0);
        } catch (StackException e) {
            LOG.error("devstack: {}", e.getMessage());
            System.exit(1);
        }
    }

    private void run() {
        long started = System.nanoTime();
        Path pidFile = options.dir().resolve("devstack.pid");
        Path stackFile = options.dir().resolve("stack.properties");
        createDirectories(options.dir().resolve("logs"));
        Leftovers.runningDevStack(pidFile).ifPresent(other -> {
            throw new StackException("A devstack already runs on " + options.dir() + " (pid " + other.pid()
                    + "): stop it with ./recovery down");
        });
        delete(stackFile);
        write(pidFile, Long.toString(ProcessHandle.current().pid()));
        Leftovers.stopBroker(kafka.pidFile());
        Leftovers.stopPostgres(postgres.dataDir());
        Ports.requireFree(options.postgresPort(), "PostgreSQL", StackOptions.POSTGRES_PORT_VARIABLE);
        Ports.requireFree(options.kafkaPort(), "Kafka", StackOptions.KAFKA_PORT_VARIABLE);
        Ports.requireFree(options.controllerPort(), "Kafka controller, the Kafka port + 1", StackOptions.KAFKA_PORT_VARIABLE);
        if (options.fresh()) {
            deleteRecursively(postgres.dataDir());
            deleteRecursively(kafka.logDir());
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("devstack-stop").unstarted(() -> {
            stopAll();
            delete(stackFile);
            delete(pidFile);
        }));

        LOG.info("Starting the {} devstack in {}", options.mode(), options.dir());
        try {
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(this::startPostgres),
                    CompletableFuture.runAsync(this::startKafka)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StackException stack ? stack : new StackException(e.getCause().getMessage(), e);
        }
        control.start();
        writeStackFile(stackFile);
        LOG.info("Devstack ready in {} s. Stack file: {}", seconds(started), stackFile);
        try {
            shutdownRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startPostgres() {
        long started = System.nanoTime();
        postgres.start();
        LOG.info("PostgreSQL ready on {}:{} (database {}) in {} s", PostgresServer.HOST, options.postgresPort(),
                PostgresServer.DATABASE, seconds(started));
    }

    private void startKafka() {
        long started = System.nanoTime();
        kafka.start();
        LOG.info("Kafka ready on {} in {} s", kafka.bootstrapServers(), seconds(started));
    }

    private void stopAll() {
        LOG.info("Stopping the devstack");
        try {
            kafka.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping Kafka: {}", e.getMessage());
        }
        try {
            postgres.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping PostgreSQL: {}", e.getMessage());
        }
        // a stop during start-up finds a broker or database not yet handed over: their pid files still name them
        Leftovers.stopBroker(kafka.pidFile());
        Leftovers.stopPostgres(postgres.dataDir());
        control.stop();
        LOG.info("Devstack stopped");
    }

    private void writeStackFile(Path stackFile) {
        Properties stack = new Properties();
        stack.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
        stack.setProperty("postgres.host", PostgresServer.HOST);
        stack.setProperty("postgres.port", Integer.toString(options.postgresPort()));
        stack.setProperty("postgres.user", PostgresServer.USER);
        stack.setProperty("postgres.password", PostgresServer.PASSWORD);
        stack.setProperty("postgres.database", PostgresServer.DATABASE);
        stack.setProperty("control.url", control.url());
        Path temporary = stackFile.resolveSibling(stackFile.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            stack.store(writer, "devstack (" + options.mode() + " mode); exists only while the stack runs");
        } catch (IOException e) {
            throw new StackException("Cannot write " + temporary, e);
        }
        try {
            // readers poll for the file: they must never see it half written
            Files.move(temporary, stackFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Cannot write " + stackFile, e);
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StackException("Cannot create " + dir, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new StackException("Cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new StackException("Cannot wipe " + dir, e);
        }
    }
}
