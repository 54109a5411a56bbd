package org.recoverytracker.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options every service is started with: the shared file, then the service's own, whose options win. */
class ServiceJvmTest {
    private static final Path SERVICES = Path.of("..");

    @Test
    void everyServiceGetsTheSharedHeapCapAndTheGatewayAndAggregationTheirOwnCompiler() {
        for (String service : RunningSystem.SERVICES) {
            List<String> options = ServiceJvm.options(SERVICES, service);
            assertEquals("-Xmx100m", last(options, "-Xmx"), service);
            assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), service);
            assertFalse(options.stream().anyMatch(option -> option.startsWith("#") || option.isBlank()), service);
        }
        List<String> damage = ServiceJvm.options(SERVICES, "damage-service");
        assertTrue(damage.contains("-XX:-TieredCompilation"));
        assertFalse(damage.contains("-XX:TieredStopAtLevel=1"));
        for (String onC1 : List.of("gateway", "aggregation-service")) {
            List<String> options = ServiceJvm.options(SERVICES, onC1);
            assertTrue(options.indexOf("-XX:+TieredCompilation") > options.indexOf("-XX:-TieredCompilation"),
                    onC1 + "'s own file comes after the shared one, so its compiler wins");
            assertTrue(options.contains("-XX:TieredStopAtLevel=1"), onC1);
        }
    }

    private static String last(List<String> options, String prefix) {
        return options.stream().filter(option -> option.startsWith(prefix)).reduce((first, second) -> second).orElse("");
    }
}
