package org.recoverytracker.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) run as a child JVM from the Apache Kafka
 * jars on this JVM's classpath.
 */
final class KafkaBroker {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final StackOptions options;
    private final Path logDir;
    private final Path configFile;
    private final Path log4jFile;
    private final Path outFile;
    private final Path pidFile;
    private Process process;
    private volatile boolean stopping;

    KafkaBroker(StackOptions options) {
        this.options = options;
        this.logDir = options.dir().resolve("kafka");
        this.configFile = options.dir().resolve("server.properties");
        this.log4jFile = options.dir().resolve("log4j2-broker.xml");
        this.outFile = options.dir().resolve("logs").resolve("kafka.out");
        this.pidFile = options.dir().resolve("kafka.pid");
    }

    String bootstrapServers() {
        return "127.0.0.1:" + options.kafkaPort();
    }

    Path logDir() {
        return logDir;
    }

    Path pidFile() {
        return pidFile;
    }

    synchronized void start() {
        if (process != null) {
            return;
        }
        try {
            writeConfiguration();
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format();
            }
            stopping = false;
            process = java("kafka.Kafka", configFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(outFile.toFile()))
                    .start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            Process started = process;
            started.onExit().thenAccept(exited -> {
                if (!stopping) {
                    LOG.error("The Kafka broker exited on its own with code {}; see {}", exited.exitValue(), outFile);
                }
            });
            awaitReady(started);
        } catch (IOException e) {
            throw new StackException("Cannot start the Kafka broker: " + e.getMessage(), e);
        }
    }

    synchronized void stop() {
        if (process == null) {
            return;
        }
        stopping = true;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warn("The Kafka broker did not stop within 30 s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
        deleteQuietly(pidFile);
        Ports.await(() -> !Ports.accepting(options.kafkaPort()), Duration.ofSeconds(30), "the Kafka broker to stop");
    }

    synchronized boolean running() {
        return process != null;
    }

    private void awaitReady(Process started) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        Ports.await(() -> !started.isAlive() || Ports.accepting(options.kafkaPort()), START_TIMEOUT, "the Kafka broker's port");
        try (Admin admin = Admin.create(config)) {
            Ports.await(() -> !started.isAlive() || hasBroker(admin), START_TIMEOUT, "the Kafka broker to register");
        }
        if (!started.isAlive()) {
            throw new StackException("The Kafka broker exited during start-up with code " + started.exitValue()
                    + "; see " + outFile + " and " + options.dir().resolve("logs").resolve("kafka.log"));
        }
    }

    private static boolean hasBroker(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format() throws IOException {
        LOG.info("Formatting a new Kafka log directory {}", logDir);
        Process formatting = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", configFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outFile.toFile()))
                .start();
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                formatting.destroyForcibly();
                throw new StackException("Formatting the Kafka log directory failed; see " + outFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while formatting the Kafka log directory", e);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java,
                "-Xmx384m", "-Xms64m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                "-Dlog4j2.configurationFile=" + log4jFile,
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(options.dir().toFile());
    }

    private void writeConfiguration() throws IOException {
        Files.createDirectories(logDir);
        int port = options.kafkaPort();
        int controller = options.controllerPort();
        Files.writeString(configFile, """
                # written by the devstack on every start; edits are overwritten
                node.id=1
                process.roles=broker,controller
                controller.quorum.voters=1@127.0.0.1:%d
                listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                advertised.listeners=PLAINTEXT://127.0.0.1:%d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%s
                auto.create.topics.enable=true
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=3
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                # events are the system's history: the aggregator must be able to replay them from the beginning
                log.retention.ms=-1
                """.formatted(controller, port, controller, port, logDir));
        Files.writeString(log4jFile, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Configuration status="WARN">
                  <Appenders>
                    <File name="file" fileName="%s">
                      <PatternLayout pattern="%%d{ISO8601} %%-5p [%%t] %%c - %%m%%n"/>
                    </File>
                  </Appenders>
                  <Loggers>
                    <Root level="WARN"><AppenderRef ref="file"/></Root>
                  </Loggers>
                </Configuration>
                """.formatted(options.dir().resolve("logs").resolve("kafka.log")));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("could not delete {}", file, e);
        }
    }
}
