package org.recoverytracker.intake.outbox;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.intake.outbox.OutboxRelay.OutboxRow;

/**
 * Sends outbox rows with an idempotent, {@code acks=all} producer and waits until the broker has every
 * one of them. A plain KafkaProducer, not a {@code @KafkaClient}: the relay needs the topic, key and
 * headers per row and to know the broker has a key's row before it sends the next one, and the whole batch before it
 * marks the rows sent.
 */
@Singleton
class OutboxPublisher {
    private final KafkaProducer<String, byte[]> producer;
    private final Duration sendTimeout;

    OutboxPublisher(@Value("${kafka.bootstrap.servers}") String bootstrap,
                    @Value("${recovery.outbox.source}") String source,
                    @Value("${recovery.outbox.send-timeout:15s}") Duration sendTimeout) {
        this.sendTimeout = sendTimeout;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, source.replace("/", "") + "-outbox-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // a broker that is down must not hold the relay's transaction for long; the rows simply wait
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends the rows (in id order) and returns once the broker has every one; throws if it may not. A key's rows go out
     * one round at a time, each only after the broker has acknowledged the one before: when a send fails, the producer
     * can still land requests queued behind it, and the relay then publishes the whole batch again, so without rounds
     * an amendment or a decision could reach the topic ahead of the version before it (issue 9). Rows of different keys
     * share a round.
     */
    void publish(List<OutboxRow> rows) {
        for (List<OutboxRow> round : rounds(rows)) {
            sendAndWait(round);
        }
    }

    /** Round n holds the (n+1)-th row of every (topic, key), in id order. */
    static List<List<OutboxRow>> rounds(List<OutboxRow> rows) {
        Map<String, Integer> perKey = new HashMap<>();
        List<List<OutboxRow>> rounds = new ArrayList<>();
        for (OutboxRow row : rows) {
            int round = perKey.merge(row.topic() + "\n" + row.key(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(row);
        }
        return rounds;
    }

    private void sendAndWait(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            row.headers().forEach(h -> record.headers().add(h.name(), h.value().getBytes(StandardCharsets.UTF_8)));
            sent.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("broker did not acknowledge the batch", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
