package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time the processes of the stack spent (user + system, from /proc/<pid>/stat), so a step can say how many
 * milliseconds of CPU one accepted report cost in each process, and so what rate this machine's cores allow at most.
 * PostgreSQL is the stack's postmaster and its children (the backends are the pools' long-lived connections: a
 * backend that ends during a step takes its time with it);
 * {@code bench} is this JVM, the load generator, which shares the cores with what it measures.
 */
final class CpuTime {
    /** Clock ticks per second of /proc's times ({@code getconf CLK_TCK}, 100 on Linux on x86 and arm). */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> pids;

    CpuTime(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.pids.put("bench", ProcessHandle.current().pid());
    }

    /** Milliseconds of CPU per process so far, plus {@code postgres} and {@code machine} (all cores, busy time). */
    Map<String, Double> sample() {
        Map<String, Double> millis = new LinkedHashMap<>();
        pids.forEach((name, pid) -> millis.put(name, ticks(Path.of("/proc", String.valueOf(pid), "stat")) * 1000 / TICKS_PER_SECOND));
        double postgres = 0;
        long postmaster = Machine.postmasterPid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == postmaster || parent(process) == postmaster) {
                    postgres += ticks(process.resolve("stat"));
                }
            }
        } catch (IOException e) {
            postgres = -1;
        }
        millis.put("postgres", postgres * 1000 / TICKS_PER_SECOND);
        millis.put("machine", machineBusyTicks() * 1000 / TICKS_PER_SECOND);
        return millis;
    }

    /**
     * What a step cost: per process, CPU milliseconds per accepted report; {@code total} over the processes;
     * {@code machineBusyPercent} of all cores during the step; {@code ceilingPerSecond}, the rate at which the
     * reports' CPU alone would fill every core.
     */
    static ObjectNode perReport(Map<String, Double> before, Map<String, Double> after, long reports, double seconds) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        double total = 0;
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            if (entry.getKey().equals("machine") || entry.getKey().equals("devstack")) {
                continue;
            }
            double spent = entry.getValue() - before.getOrDefault(entry.getKey(), 0.0);
            double perReport = reports == 0 ? 0 : spent / reports;
            total += perReport;
            node.put(entry.getKey(), round(perReport));
        }
        node.put("total", round(total));
        int cores = Runtime.getRuntime().availableProcessors();
        double busy = after.get("machine") - before.get("machine");
        node.put("machineBusyPercent", Math.round(busy / (seconds * 1000 * cores) * 1000) / 10.0);
        node.put("ceilingPerSecond", total == 0 ? 0 : Math.round(cores * 1000 / total));
        return node;
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }

    /** utime + stime of a /proc/<pid>/stat (fields 14 and 15, counted after the command's closing parenthesis). */
    private static long ticks(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended: its time is lost to the sum
        }
    }

    /** The parent's pid (field 4 of /proc/<pid>/stat), or -1. */
    private static long parent(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            return Long.parseLong(text.substring(text.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** All cores' busy ticks: the first line of /proc/stat minus idle and iowait. */
    private static long machineBusyTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
