package org.recoverytracker.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes a devstack left behind when its JVM was killed: they hold this stack directory's data and ports, so the
 * next start stops them first. A pid only counts when the process still looks like ours.
 */
final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() {
    }

    /** The devstack JVM running on this stack directory, if any. */
    static Optional<ProcessHandle> runningDevStack(Path pidFile) {
        return process(pidFile, "org.recoverytracker.devstack.DevStack")
                .filter(handle -> handle.pid() != ProcessHandle.current().pid());
    }

    static void stopBroker(Path pidFile) {
        process(pidFile, "kafka.Kafka").ifPresent(handle -> {
            LOG.warn("Stopping a Kafka broker left over from an earlier run (pid {})", handle.pid());
            handle.destroy();
            awaitExit(handle);
        });
    }

    /** PostgreSQL writes its pid as the first line of postmaster.pid; SIGINT is its fast shutdown. */
    static void stopPostgres(Path dataDir) {
        process(dataDir.resolve("postmaster.pid"), "postgres").ifPresent(handle -> {
            LOG.warn("Stopping a PostgreSQL server left over from an earlier run (pid {})", handle.pid());
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(handle.pid())).inheritIO().start().waitFor();
            } catch (IOException e) {
                handle.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            awaitExit(handle);
        });
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            Ports.await(() -> !handle.isAlive(), Duration.ofSeconds(30), "pid " + handle.pid() + " to exit");
        } catch (StackException e) {
            handle.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> process(Path pidFile, String commandLineMark) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(first))
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> commandLine(handle).contains(commandLineMark));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle handle) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(handle.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return handle.info().commandLine().orElse("");
        }
    }
}
