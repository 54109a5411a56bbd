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

    private static final Path LOGS = Path.of("target", "system-logs");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    /** One consumer group for the run: a restarted aggregation service resumes where it stopped. */
    private final String groupId = "system-" + UUID.randomUUID();
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

    private void start() {
        TestStack stack = TestStack.get();
        database = stack.freshDatabase("t_system");
        SERVICES.forEach(service -> ports.put(service, freePort()));
        try {
            Files.createDirectories(LOGS);
            for (String service : SERVICES) {
                Files.deleteIfExists(LOGS.resolve(service + ".log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SERVICES.forEach(this::launch);
        SERVICES.forEach(this::awaitHealthy);
    }

    /** Stops one service (as a crash or a deployment would), for tests of what users see meanwhile. */
    public synchronized void stop(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            end(process);
        }
    }

    /** Starts a stopped service again on its port, with its database and consumer group, and waits until it is healthy. */
    public synchronized void start(String service) {
        if (!processes.containsKey(service)) {
            launch(service);
        }
        awaitHealthy(service);
    }

    private void launch(String service) {
        TestStack stack = TestStack.get();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Drecovery.aggregation.group-id=" + groupId, "-jar", jar(service).toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve(service + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("RECOVERY_DB_URL", database);
        env.put("RECOVERY_DB_USER", stack.postgresUser());
        env.put("RECOVERY_DB_PASSWORD", stack.postgresPassword());
        env.put("RECOVERY_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        ports.forEach((name, port) -> env.put("RECOVERY_" + shortName(name) + "_PORT", String.valueOf(port)));
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
    }

    private void awaitHealthy(String service) {
        HttpClient http = HttpClient.newHttpClient();
        await("health of " + service + " (log: target/system-logs/" + service + ".log)")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(service(service, "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private void stop() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(RunningSystem::end);
    }

    private static void end(Process process) {
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
