package org.recoverytracker.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a service process is started: the JVM options of {@code services/service-jvm.options} and
 * {@code services/<service>/jvm.options} (read by {@code ./recovery up} too) and the environment it needs beside them.
 */
public final class ServiceJvm {
    /** The options file, relative to the folder holding the service modules. */
    public static final String FILE = "service-jvm.options";
    /** Each service's own options, in its module folder, read after {@link #FILE}. */
    public static final String OWN_FILE = "jvm.options";
    /**
     * glibc gives each thread that allocates natively an arena of its own (up to 8 per core); two are enough for a
     * service whose native allocations are few, and each arena not created is resident memory not held.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private ServiceJvm() {
    }

    /**
     * The options of {@code service}: those of {@code servicesDir}'s options file, then those of the service's own
     * {@code jvm.options} (later options win), one per line, without blank and '#' lines.
     */
    public static List<String> options(Path servicesDir, String service) {
        List<String> options = new ArrayList<>(lines(servicesDir.resolve(FILE)));
        Path own = servicesDir.resolve(service).resolve(OWN_FILE);
        if (Files.exists(own)) {
            options.addAll(lines(own));
        }
        return List.copyOf(options);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the services' JVM options " + file, e);
        }
    }
}
