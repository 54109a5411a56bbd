package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures come from, and the devstack's own JVMs. */
final class Machine {
    private Machine() {
    }

    static ObjectNode describe() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("cores", Runtime.getRuntime().availableProcessors());
        node.put("cpu", cpuModel());
        node.put("memoryGiB", Math.round(memTotalKb() / 1024.0 / 1024.0 * 10) / 10.0);
        node.put("java", System.getProperty("java.version"));
        node.put("loadAverageAtStart", loadAverage());
        return node;
    }

    /** The 1, 5 and 15 minute load averages: other work on a shared machine makes every figure pessimistic. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The broker's and the devstack's JVMs, from the pid files beside the stack file. */
    static Map<String, Long> stackPids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        Path dir = stackDir();
        if (dir == null) {
            return pids;
        }
        for (String name : new String[] {"kafka", "devstack"}) {
            try {
                pids.put(name, Long.parseLong(Files.readAllLines(dir.resolve(name + ".pid")).getFirst().trim()));
            } catch (IOException | RuntimeException e) {
                // not every stack writes both: leave it out
            }
        }
        return pids;
    }

    /** The stack's PostgreSQL server process (first line of {@code postgres/postmaster.pid} beside the stack file), or -1. */
    static long postmasterPid() {
        Path dir = stackDir();
        if (dir == null) {
            return -1;
        }
        try {
            Path pidFile = dir.resolve("postgres").resolve("postmaster.pid");
            return Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The folder of the stack file ({@code -Drecovery.stack.file}), where the stack keeps its pid files; null without one. */
    private static Path stackDir() {
        String file = System.getProperty("recovery.stack.file");
        return file == null || file.isBlank() ? null : Path.of(file).toAbsolutePath().getParent();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memTotalKb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
