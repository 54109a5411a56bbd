package org.recoverytracker.system.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.recoverytracker.testkit.TestStack;

/** Runs the dead-letter replay tool from the aggregation service's jar, as {@code ./recovery dlt replay} does. */
final class DeadLetterTool {
    private DeadLetterTool() {
    }

    /**
     * Runs {@code DeadLetterReplay <topic> --group <group> --since <since>} (leaving out other tests' dead letters);
     * returns what it printed, failing when it exits non-zero.
     */
    static String replay(String topic, String group, Instant since) {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", jar().toString(),
                    "org.recoverytracker.aggregation.deadletter.DeadLetterReplay", topic,
                    "--bootstrap", TestStack.get().kafkaBootstrap(), "--group", group, "--since", since.toString())
                    .redirectErrorStream(true).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the replay tool did not finish within 120 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the replay tool exited with " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "aggregation-service", "target"))) {
            return files.filter(p -> p.getFileName().toString().matches("aggregation-service-.*\\.jar")
                            && !p.getFileName().toString().startsWith("original-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the aggregation service first"));
        }
    }
}
