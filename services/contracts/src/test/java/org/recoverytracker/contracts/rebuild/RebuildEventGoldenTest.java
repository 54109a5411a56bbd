package org.recoverytracker.contracts.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format of every rebuild event to {@code golden/<Type>.json}: both ways, so a renamed field, a
 * changed time shape or a money amount written as a decimal fails here before it reaches a consumer.
 */
class RebuildEventGoldenTest {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    @TestFactory
    Stream<DynamicTest> everyEventWritesAndReadsExactlyItsGoldenFile() {
        return RebuildEventMother.oneOfEach().stream().map(event -> DynamicTest.dynamicTest(
                event.getClass().getSimpleName(), () -> {
                    byte[] golden = golden(event.getClass().getSimpleName());
                    String written = JSON.writeValueAsString(event);
                    assertEquals(JSON.readValue(golden, JsonNode.class), JSON.readValue(written, JsonNode.class),
                            () -> "wire format changed: " + written);
                    assertEquals(event, JSON.readValue(golden, event.getClass()));
                }));
    }

    @Test
    void everyRebuildEventTypeHasAGoldenExample() {
        List<Class<?>> covered = RebuildEventMother.oneOfEach().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(Arrays.asList(RebuildEvent.class.getPermittedSubclasses()), covered);
    }

    @Test
    void moneyIsWholeVndAndDatesArePlainLocalDates() throws IOException {
        String json = JSON.writeValueAsString(RebuildEventMother.relocationRegistered());
        assertTrue(json.contains("\"budgetVnd\":91000000000,"), json);
        assertTrue(json.contains("\"plannedStart\":\"2024-10-01\""), json);
        assertTrue(json.contains("\"quantity\":455,"), json);
    }

    @Test
    void aTargetWithoutMilestonesIsReadAsALinearSchedule() throws IOException {
        String json = new String(golden("RecoveryTargetAmended"), StandardCharsets.UTF_8)
                .replaceFirst(",\\s*\"milestones\": \\[\\]", "");
        assertEquals(RebuildEventMother.forestTargetAmended(), JSON.readValue(json, RecoveryTargetAmended.class));
    }

    @Test
    void progressWithAMisspelledQuantityIsNotReadAsProgressWithoutOne() throws IOException {
        String json = new String(golden("RebuildProgressReported"), StandardCharsets.UTF_8)
                .replaceFirst("\"completedQuantity\"", "\"completedQty\"");
        assertThrows(IOException.class, () -> JSON.readValue(json, RebuildProgressReported.class));
    }

    private static byte[] golden(String type) throws IOException {
        try (InputStream in = RebuildEventGoldenTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file for " + type);
            }
            return in.readAllBytes();
        }
    }
}
