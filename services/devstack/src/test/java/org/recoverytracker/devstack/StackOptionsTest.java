package org.recoverytracker.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackOptionsTest {
    @Test
    void upModeKeepsDataAndUsesItsOwnPortsAwayFromTheSystemDefaults() {
        StackOptions options = StackOptions.parse(new String[0], Map.of());

        assertFalse(options.test());
        assertFalse(options.fresh());
        assertEquals(15432, options.postgresPort());
        assertEquals(19092, options.kafkaPort());
        assertEquals(19093, options.controllerPort());
        assertEquals(Path.of(".stack/up").toAbsolutePath(), options.dir());
    }

    @Test
    void testModeAlwaysStartsEmptyOnPortsThatDoNotClashWithAnUpStack() {
        StackOptions options = StackOptions.parse(new String[] {"--test"}, Map.of());

        assertTrue(options.fresh());
        assertEquals(25432, options.postgresPort());
        assertEquals(29192, options.kafkaPort());
        assertEquals(Path.of(".stack/test").toAbsolutePath(), options.dir());
    }

    @Test
    void environmentMovesThePortsAndFlagsWinOverIt() {
        Map<String, String> environment = Map.of("RECOVERY_PG_PORT", "56000", "RECOVERY_KAFKA_PORT", "56100");

        StackOptions fromEnvironment = StackOptions.parse(new String[0], environment);
        StackOptions fromFlags = StackOptions.parse(new String[] {"--pg-port", "57000", "--dir", "/tmp/s"}, environment);

        assertEquals(56000, fromEnvironment.postgresPort());
        assertEquals(56100, fromEnvironment.kafkaPort());
        assertEquals(57000, fromFlags.postgresPort());
        assertEquals(Path.of("/tmp/s"), fromFlags.dir());
    }

    @Test
    void malformedPortNamesTheVariableToFix() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StackOptions.parse(new String[0], Map.of("RECOVERY_KAFKA_PORT", "ninety")));

        assertTrue(error.getMessage().contains("RECOVERY_KAFKA_PORT"), error.getMessage());
    }

    @Test
    void unknownArgumentIsRefusedWithTheUsage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StackOptions.parse(new String[] {"--durable"}, Map.of()));

        assertTrue(error.getMessage().contains("usage:"), error.getMessage());
    }
}
