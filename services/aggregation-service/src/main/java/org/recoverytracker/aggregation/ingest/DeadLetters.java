package org.recoverytracker.aggregation.ingest;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a batch's poison records to {@code <topic>.dlt} with the original key, value and headers plus
 * {@code dlt_reason}, and waits for every acknowledgement: the batch's transaction commits only after that, so a
 * record is never both skipped and missing from the dead-letter topic.
 */
@Singleton
final class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterClient client;
    private final Duration timeout;

    DeadLetters(DeadLetterClient client, @Value("${recovery.aggregation.dead-letter-timeout:30s}") Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    void sendAndWait(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] sent = letters.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sent).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead-letter topic did not acknowledge " + letters.size() + " record(s)", e);
        }
    }

    private CompletableFuture<?> send(DeadLetter letter) {
        ConsumerRecord<String, byte[]> record = letter.record();
        LOG.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), letter.reason());
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(CloudEventHeaders.DLT_REASON);
        headers.add(CloudEventHeaders.DLT_REASON, letter.reason().getBytes(StandardCharsets.UTF_8));
        return client.send(Topics.deadLetter(record.topic()), record.key(), record.value(), headers);
    }

    /** One poison record and why it cannot be applied. */
    record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }
}
