package org.recoverytracker.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.intake.outbox.OutboxRelay.Header;
import org.recoverytracker.intake.outbox.OutboxRelay.OutboxRow;
import org.recoverytracker.testkit.TestStack;
import org.recoverytracker.testkit.TopicReader;

/** The relay's producer against the real broker: a report's events reach the topic in version order or not at all. */
class OutboxPublisherIT {
    private final String topic = "it-outbox-order-" + UUID.randomUUID();
    private final OutboxPublisher publisher = new OutboxPublisher(TestStack.get().kafkaBootstrap(), "/it", Duration.ofSeconds(15));

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void everyRowReachesTheTopicAndEachKeysRowsInTheirOrder() {
        String report = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();

        publisher.publish(List.of(row(1, report, "v1"), row(2, other, "v1"), row(3, report, "v2"), row(4, report, "v3")));

        assertEquals(List.of("v1", "v2", "v3"), values(report));
        assertEquals(List.of("v1"), values(other));
    }

    /**
     * Issue 9: a send that fails must not let a later row of the same key through, or the relay's retry of the batch puts
     * that row on the topic ahead of the one it follows. A record over the producer's size limit fails on every try.
     */
    @Test
    void aRowIsNotPublishedWhileTheOneBeforeItOfItsKeyFailed() {
        String report = UUID.randomUUID().toString();
        publisher.publish(List.of(row(1, UUID.randomUUID().toString(), "the topic exists")));
        char[] tooLarge = new char[1_200_000];
        Arrays.fill(tooLarge, 'x');

        assertThrows(IllegalStateException.class,
                () -> publisher.publish(List.of(row(2, report, new String(tooLarge)), row(3, report, "v2"))));

        assertEquals(List.of(), values(report));
    }

    private OutboxRow row(long id, String key, String payload) {
        return new OutboxRow(id, topic, key, payload.getBytes(StandardCharsets.UTF_8), List.of(new Header("ce_id", "e" + id)));
    }

    private List<String> values(String key) {
        return TopicReader.byKey(topic, key).stream().map(ConsumerRecord::value).toList();
    }
}
