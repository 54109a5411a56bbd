package org.recoverytracker.contracts.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every topic's golden test proves: each event type of the sealed root has an example, and that example
 * serialises to, and reads back from, {@code golden/<Type>.json} exactly. A failure means a v1 payload changed:
 * only new optional fields are allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GoldenEventContract<E extends DomainEvent> {
    protected static final ObjectMapper JSON = ObjectMapper.getDefault();

    /** The sealed interface of one topic. */
    protected abstract Class<E> root();

    /** One example of every permitted type, in the order of the root's permits clause. */
    protected abstract List<? extends E> oneOfEach();

    Stream<Named<E>> examples() {
        return oneOfEach().stream().map(e -> Named.of(e.getClass().getSimpleName(), (E) e));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void serialisesExactlyAsItsGoldenFile(E event) throws IOException {
        JsonNode expected = JSON.readValue(golden(event.getClass()), JsonNode.class);
        String written = JSON.writeValueAsString(event);
        assertEquals(expected, JSON.readValue(written, JsonNode.class),
                () -> "wire format of " + event.getClass().getSimpleName() + " changed: " + written);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void goldenFileReadsBackAsTheSameEvent(E event) throws IOException {
        assertEquals(event, JSON.readValue(golden(event.getClass()), event.getClass()));
    }

    @Test
    void everyEventTypeHasAGoldenExample() {
        List<Class<?>> covered = oneOfEach().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(Arrays.asList(root().getPermittedSubclasses()), covered);
    }

    public static byte[] golden(Class<?> type) throws IOException {
        try (InputStream in = GoldenEventContract.class.getResourceAsStream("/golden/" + type.getSimpleName() + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file for " + type.getSimpleName());
            }
            return in.readAllBytes();
        }
    }
}
