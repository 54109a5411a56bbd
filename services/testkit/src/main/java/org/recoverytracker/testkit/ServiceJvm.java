package org.recoverytracker.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a service process is started: the JVM options of {@code services/service-jvm.options} (read by
 * {@code ./recovery up} too) and the environment it needs beside them.
 */
public final class ServiceJvm {
    /** The options file, relative to the folder holding the service modules. */
    public static final String FILE = "service-jvm.options";
    /**
     * glibc gives each thread that allocates natively an arena of its own (up to 8 per core); two are enough for a
     * service whose native allocations are few, and each arena not created is resident memory not held.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private ServiceJvm() {
    }

    /** The options in {@code servicesDir}'s options file, one per line, without blank and '#' lines. */
    public static List<String> options(Path servicesDir) {
        try {
            return Files.readAllLines(servicesDir.resolve(FILE)).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the services' JVM options", e);
        }
    }
}
