package org.recoverytracker.bench;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.damage.ReportType;
import org.recoverytracker.contracts.damage.Source;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.testkit.TestStack;

/**
 * Damage events written straight onto the damage topic as the damage service's relay writes them (CloudEvents
 * binary mode, acks=all), and how far an aggregation database's stored offsets are behind the topic's end.
 */
final class EventLoad {
    static final String TOPIC = Topics.DAMAGE_REPORTS;
    private final TestStack stack = TestStack.get();
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** Publishes {@code count} new reports of {@code disaster} spread over the communes; returns once all are acknowledged. */
    void publish(String disaster, int count) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                DamageReportSubmitted event = new DamageReportSubmitted(UUID.randomUUID(), Reports.MORNING,
                        UUID.randomUUID(), 1, disaster, Reports.COMMUNES.get(i % Reports.COMMUNES.size()),
                        Reports.MORNING.plusSeconds(i % 86_400), Source.GOV, ReportType.DAILY,
                        Map.of("DR-P01", BigDecimal.valueOf(i % 11)), null, null, "bench", Reports.MORNING.plusSeconds(600));
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, event.entityId(), json.writeValueAsBytes(event));
                CloudEventHeaders.of(event, "/damage-service")
                        .forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records on the damage topic now (sum of the partitions' end offsets). */
    long topicEnd() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Records of the damage topic the aggregation database at {@code jdbcUrl} has applied for {@code group} (0 before its tables exist). */
    long applied(String jdbcUrl, String group) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, stack.postgresUser(), stack.postgresPassword());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT coalesce(sum(next_offset), 0) FROM aggregation.consumer_offset WHERE group_id = ? AND topic = ?")) {
            query.setString(1, group);
            query.setString(2, TOPIC);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Waits until {@code applied} reaches {@code end}; returns System.nanoTime() of the first poll showing it. */
    long awaitApplied(String jdbcUrl, String group, long end, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (applied(jdbcUrl, group) >= end) {
                return System.nanoTime();
            }
            sleepQuietly(50);
        }
        throw new IllegalStateException("aggregation did not catch up with " + end + " records within " + limit
                + " (applied " + applied(jdbcUrl, group) + ")");
    }

    /** Waits until {@code applied} moves past {@code from}; returns System.nanoTime() of that poll. */
    long awaitProgress(String jdbcUrl, String group, long from, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (applied(jdbcUrl, group) > from) {
                return System.nanoTime();
            }
            sleepQuietly(20);
        }
        throw new IllegalStateException("aggregation applied nothing within " + limit);
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis); // polling an external process's progress: no Awaitility in a main
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
