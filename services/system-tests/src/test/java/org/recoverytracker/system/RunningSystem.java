package org.recoverytracker.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.recoverytracker.testkit.TestStack;

/**
 * Every service's real jar, started once per test run as its own process with a capped heap, against
 * the devstack's broker and a database of its own — what {@code ./recovery up} runs, under test.
 */
public final class RunningSystem {
    private static final List<String> SERVICES = List.of("damage-service", "donation-service", "rebuild-service",
            "aggregation-service", "gateway");
    private static RunningSystem instance;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<Instance> instances = new ArrayList<>();
    // the aggregation's offsets are stored per group: a restarted process must resume in the same one
    private final String aggregationGroup = "system-" + UUID.randomUUID();
    private String database;

    private RunningSystem() {
    }

    public static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-under-test-stop"));
            instance.start();
        }
        return instance;
    }

    public URI gateway(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + ports.get("gateway") + pathAndQuery);
    }

    public URI service(String service, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + ports.get(service) + pathAndQuery);
    }

    /** The JDBC URL of the one database every service of the system keeps its schema in. */
    public String databaseUrl() {
        return database;
    }

    /** Kills a service's process as {@code kill -9} would (no shutdown hooks, nothing flushed) and waits until it is gone. */
    public synchronized void kill(String service) {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.onExit().join();
    }

    /** Starts a killed service again on the same port, database and consumer group; returns once it is healthy. */
    public synchronized void restart(String service) {
        if (processes.get(service).isAlive()) {
            throw new IllegalStateException(service + " still runs: kill it first");
        }
        processes.put(service, launch(service, ports.get(service), database, aggregationGroup, "-restarted"));
        awaitHealth(service(service, "/health"), service);
    }

    /**
     * Another instance of a service beside the system's own: a port of its own, the given database and consumer
     * group (the system's database and group make it join the running aggregation's group; fresh ones make it
     * replay every topic from the beginning). Returns once it is healthy; {@link Instance#close()} stops it.
     */
    public synchronized Instance startInstance(String service, String databaseUrl, String groupId) {
        int port = freePort();
        String name = service + "-" + port;
        Instance instance = new Instance(port, launch(service, port, databaseUrl, groupId, "-" + port));
        instances.add(instance);
        awaitHealth(instance.uri("/health"), name);
        return instance;
    }

    public String aggregationGroup() {
        return aggregationGroup;
    }

    /** A service process started by a test beside the system's own. */
    public record Instance(int port, Process process) implements AutoCloseable {
        public URI uri(String pathAndQuery) {
            return URI.create("http://127.0.0.1:" + port + pathAndQuery);
        }

        @Override
        public void close() {
            stopGently(process);
        }
    }

    private void start() {
        database = TestStack.get().freshDatabase("t_system");
        SERVICES.forEach(service -> ports.put(service, freePort()));
        for (String service : SERVICES) {
            processes.put(service, launch(service, ports.get(service), database, aggregationGroup, ""));
        }
        for (String service : SERVICES) {
            awaitHealth(service(service, "/health"), service);
        }
    }

    private Process launch(String service, int port, String databaseUrl, String groupId, String logSuffix) {
        TestStack stack = TestStack.get();
        Path logs = Path.of("target", "system-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Drecovery.aggregation.group-id=" + groupId, "-jar", jar(service).toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + logSuffix + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("RECOVERY_DB_URL", databaseUrl);
        env.put("RECOVERY_DB_USER", stack.postgresUser());
        env.put("RECOVERY_DB_PASSWORD", stack.postgresPassword());
        env.put("RECOVERY_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        ports.forEach((name, p) -> env.put("RECOVERY_" + shortName(name) + "_PORT", String.valueOf(p)));
        env.put("RECOVERY_" + shortName(service) + "_PORT", String.valueOf(port));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
    }

    private static void awaitHealth(URI health, String name) {
        HttpClient http = HttpClient.newHttpClient();
        await("health of " + name + " (logs: target/system-logs/)")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private void stop() {
        instances.forEach(instance -> instance.process().destroy());
        processes.values().forEach(Process::destroy);
        instances.forEach(instance -> stopGently(instance.process()));
        processes.values().forEach(RunningSystem::stopGently);
    }

    private static void stopGently(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String shortName(String service) {
        return service.replace("-service", "").toUpperCase(Locale.ROOT);
    }

    private static Path jar(String service) {
        Path target = Path.of("..", service, "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().startsWith(service + "-") && p.toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + service + " in " + target.toAbsolutePath()
                            + ": build it first (mvn package)"));
        } catch (IOException e) {
            throw new UncheckedIOException("no target folder for " + service + ": build it first", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
