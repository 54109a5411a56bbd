package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resident memory (VmRSS from /proc/<pid>/status) of named processes, once or as the peak while something runs. */
final class Memory {
    private Memory() {
    }

    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static ObjectNode snapshot(Map<String, Long> pids) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        pids.forEach((name, pid) -> node.put(name, rssMb(pid)));
        return node;
    }

    /** Samples every 250 ms until {@link Peak#stop()}; keeps each process's highest RSS. */
    static Peak peak(Map<String, Long> pids) {
        return new Peak(new LinkedHashMap<>(pids));
    }

    static final class Peak {
        private final Map<String, Long> highest = new ConcurrentHashMap<>();
        private final Thread sampler;
        private volatile boolean running = true;

        private Peak(Map<String, Long> pids) {
            sampler = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
                while (running) {
                    pids.forEach((name, pid) -> highest.merge(name, rssMb(pid), Math::max));
                    EventLoad.sleepQuietly(250);
                }
            });
        }

        ObjectNode stop(Map<String, Long> order) {
            running = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            order.keySet().forEach(name -> node.put(name, highest.getOrDefault(name, -1L)));
            return node;
        }
    }
}
