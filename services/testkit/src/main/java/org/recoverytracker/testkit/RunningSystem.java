package org.recoverytracker.testkit;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Every service's real jar, started as its own process with a capped heap, against the devstack's broker
 * and a database of its own — what {@code ./recovery up} runs, under test (system tests) or under load (bench).
 */
public final class RunningSystem implements AutoCloseable {
    public static final List<String> SERVICES = List.of("damage-service", "donation-service", "rebuild-service",
            "aggregation-service", "gateway");
    private static RunningSystem instance;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<Process> extras = new ArrayList<>();
    private final Path servicesDir;
    private final Path logs;
    private final Map<String, List<String>> jvmOptions;
    private final String groupId = "system-" + UUID.randomUUID();
    private final TestStack stack = TestStack.get();
    private String database;

    private RunningSystem(Path servicesDir, Path logs, Map<String, List<String>> jvmOptions) {
        this.servicesDir = servicesDir;
        this.logs = logs;
        this.jvmOptions = jvmOptions;
    }

    /** The one system of a system-test run, started on first use from the sibling modules' target folders. */
    public static synchronized RunningSystem get() {
        if (instance == null) {
            instance = launch(Path.of(".."), Path.of("target", "system-logs"), "t_system", Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "system-under-test-stop"));
        }
        return instance;
    }

    /**
     * Starts every service from {@code servicesDir/<service>/target} with a fresh database, logs in {@code logs};
     * {@code jvmOptions} by service name (key {@code "*"}: every service) replace the options {@code ./recovery up}
     * uses ({@link ServiceJvm#options}).
     */
    public static RunningSystem launch(Path servicesDir, Path logs, String databaseName, Map<String, List<String>> jvmOptions) {
        RunningSystem system = new RunningSystem(servicesDir, logs, jvmOptions);
        system.database = system.stack.freshDatabase(databaseName);
        SERVICES.forEach(service -> system.ports.put(service, freePort()));
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SERVICES.forEach(service -> system.processes.put(service, system.spawn(service, system.database,
                system.groupId, system.ports, service + ".log")));
        SERVICES.forEach(system::awaitHealthy);
        return system;
    }

    public URI gateway(String pathAndQuery) {
        return service("gateway", pathAndQuery);
    }

    public URI service(String service, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + ports.get(service) + pathAndQuery);
    }

    public long pid(String service) {
        return processes.get(service).pid();
    }

    /** The database every service of this system uses (JDBC URL). */
    public String database() {
        return database;
    }

    /** The consumer group the aggregation service keeps its offsets under. */
    public String aggregationGroupId() {
        return groupId;
    }

    /** Stops one service (as {@code ./recovery down} would) and waits until it has exited. */
    public void stop(String service) {
        end(processes.remove(service));
    }

    /** Starts a stopped service again with the same port, database and consumer group; returns without waiting. */
    public void start(String service) {
        processes.put(service, spawn(service, database, groupId, ports, service + ".log"));
    }

    /** Kills a service's process as {@code kill -9} would (no shutdown hooks, nothing flushed) and waits until it is gone. */
    public void kill(String service) {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.onExit().join();
    }

    /** Starts a killed or stopped service again on the same port, database and consumer group; returns once it is healthy. */
    public void restart(String service) {
        Process process = processes.get(service);
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(service + " still runs: kill or stop it first");
        }
        start(service);
        awaitHealthy(service);
    }

    /**
     * One more instance of {@code service} on a port of its own, with {@code databaseUrl} and consumer group
     * {@code group} (the system's own make it join the running aggregation's group; fresh ones make it replay every
     * topic from the beginning); returns once it is healthy. {@link Instance#close()} stops it, {@link #close()} too.
     */
    public Instance startInstance(String service, String databaseUrl, String group) {
        Map<String, Integer> own = new LinkedHashMap<>(ports);
        own.put(service, freePort());
        Process process = spawn(service, databaseUrl, group, own, service + "-" + own.get(service) + ".log");
        extras.add(process);
        Instance started = new Instance(URI.create("http://127.0.0.1:" + own.get(service)), process);
        awaitHealthy(service, started.uri(""));
        return started;
    }

    /** A service process started beside the system's own. */
    public record Instance(URI base, Process process) implements AutoCloseable {
        public URI uri(String pathAndQuery) {
            return URI.create(base + pathAndQuery);
        }

        @Override
        public void close() {
            end(process);
        }
    }

    public void awaitHealthy(String service) {
        awaitHealthy(service, service(service, ""));
    }

    private void awaitHealthy(String service, URI base) {
        HttpClient http = HttpClient.newHttpClient();
        await("health of " + service + " (log: " + logs.resolve(service + ".log") + ")")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private Process spawn(String service, String databaseUrl, String group, Map<String, Integer> servicePorts, String log) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        // by default what ./recovery up runs (heap cap included), so a test that needs more memory fails here first
        command.addAll(jvmOptions.getOrDefault(service, jvmOptions.getOrDefault("*", ServiceJvm.options(servicesDir, service))));
        command.addAll(List.of("-Drecovery.aggregation.group-id=" + group, "-jar", jar(service).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(log).toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(ServiceJvm.ENVIRONMENT);
        env.put("RECOVERY_DB_URL", databaseUrl);
        env.put("RECOVERY_DB_USER", stack.postgresUser());
        env.put("RECOVERY_DB_PASSWORD", stack.postgresPassword());
        env.put("RECOVERY_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        servicePorts.forEach((name, port) -> env.put("RECOVERY_" + shortName(name) + "_PORT", String.valueOf(port)));
        // what ./recovery up passes, with the TEST-ONLY key pair: the gateway signs, every service checks
        env.put("RECOVERY_SECURITY_JWT_PUBLIC_KEYS", TestKeys.publicJwks());
        env.put("RECOVERY_SECURITY_JWT_SIGNING_KEY", TestKeys.signingJwk());
        env.put("RECOVERY_SECURITY_ALLOW_DEV_KEY", "false");
        env.put("RECOVERY_IDENTITY_SEED_DEMO_ACCOUNTS", "true");
        // every test signs in from 127.0.0.1: the per-address limit is proven by the gateway's LoginThrottleIT
        env.put("RECOVERY_IDENTITY_THROTTLE_PER_ADDRESS", "1000");
        try {
            Process process = builder.start();
            notePid(log, process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
    }

    /**
     * With {@code -Drecovery.pid.dir}, each started process's pid goes into {@code <dir>/<log name>.pid}, so
     * {@code ./recovery down} can stop what a killed benchmark left running.
     */
    private static void notePid(String log, Process process) throws IOException {
        String dir = System.getProperty("recovery.pid.dir");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, log.replaceAll("\\.log$", "") + ".pid"), process.pid() + "\n");
        }
    }

    /** Stops every process it started; safe to call again, also from a shutdown hook while another thread closes. */
    @Override
    public synchronized void close() {
        List<Process> all = new ArrayList<>(extras);
        all.addAll(processes.values());
        all.forEach(Process::destroy);
        all.forEach(RunningSystem::end);
        extras.clear();
        processes.clear();
    }

    private static void end(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String shortName(String service) {
        return service.replace("-service", "").toUpperCase(Locale.ROOT);
    }

    private Path jar(String service) {
        Path target = servicesDir.resolve(service).resolve("target");
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
