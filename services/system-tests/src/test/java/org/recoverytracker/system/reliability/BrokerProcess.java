package org.recoverytracker.system.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The devstack's Kafka broker as an operating-system process (its pid file sits beside the stack file), for faults
 * the control server does not offer: freezing it and killing it outright.
 */
final class BrokerProcess {
    private BrokerProcess() {
    }

    static long pid() {
        String stackFile = System.getProperty("recovery.stack.file", System.getenv("RECOVERY_STACK_FILE"));
        Path pidFile = Path.of(stackFile).toAbsolutePath().getParent().resolve("kafka.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            String command = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.ISO_8859_1);
            if (!command.contains("kafka.Kafka")) {
                throw new IllegalStateException("pid " + pid + " from " + pidFile + " is not the Kafka broker");
            }
            return pid;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find the broker's process through " + pidFile, e);
        }
    }

    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void killHard(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }
}
