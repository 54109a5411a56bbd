package org.recoverytracker.aggregation.deadletter;

import io.micronaut.core.annotation.Nullable;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.CloudEventHeaders;

/**
 * {@code ./recovery dlt replay <topic>}: once the cause of dead-lettering is fixed, sends the records dead-lettered on
 * {@code <topic>.dlt} since the last replay back to {@code <topic>} — same key, value and headers, without
 * {@code dlt_reason} — and only then remembers how far it got (consumer group {@code recovery-dlt-replay}). A crash in
 * between sends some records twice: the aggregation takes each event id once. A record still unfit lands in the
 * dead-letter topic again. {@code --since <instant>} leaves out what was dead-lettered before it (for this group, for good).
 */
public final class DeadLetterReplay {
    static final String DEFAULT_GROUP = "recovery-dlt-replay";

    private DeadLetterReplay() {
    }

    /** What to replay: the records of {@code <topic>.dlt} past the group's position, and from {@code since} on if given. */
    public record Options(String bootstrap, String topic, String group, @Nullable Instant since, boolean dryRun) {
    }

    /** How many records went back, by the reason they had been dead-lettered for. */
    public record Result(int replayed, Map<String, Integer> byReason) {
    }

    public static void main(String[] args) {
        String topic = null;
        String bootstrap = System.getenv().getOrDefault("RECOVERY_KAFKA_BOOTSTRAP", "127.0.0.1:19092");
        String group = DEFAULT_GROUP;
        boolean dryRun = false;
        Instant since = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--group" -> group = args[++i];
                case "--since" -> since = Instant.parse(args[++i]);
                case "--dry-run" -> dryRun = true;
                default -> topic = args[i];
            }
        }
        if (topic == null || topic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            System.err.println("usage: DeadLetterReplay <topic, e.g. " + Topics.DAMAGE_REPORTS
                    + "> [--bootstrap host:port] [--group id] [--since 2024-09-12T00:00:00Z] [--dry-run]");
            System.exit(2);
        }
        Result result = replay(new Options(bootstrap, topic, group, since, dryRun), System.out);
        System.out.printf("%s %d record(s) from %s to %s%s%n", dryRun ? "would replay" : "replayed", result.replayed(),
                Topics.deadLetter(topic), topic, result.byReason().isEmpty() ? "" : " " + result.byReason());
    }

    public static Result replay(Options options, PrintStream out) {
        String topic = options.topic();
        boolean dryRun = options.dryRun();
        String deadLetters = Topics.deadLetter(topic);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(options.bootstrap(), options.group()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(options.bootstrap()),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(deadLetters, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return new Result(0, Map.of());
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(deadLetters, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            if (options.since() != null) {
                skipBefore(consumer, partitions, options.since(), end);
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            Map<String, Integer> byReason = new TreeMap<>();
            int count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String reason = reason(record);
                    byReason.merge(reason.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>"), 1, Integer::sum);
                    count++;
                    if (dryRun) {
                        out.printf("%s-%d@%d key %s: %s%n", record.topic(), record.partition(), record.offset(),
                                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), reason);
                    } else {
                        sent.add(producer.send(original(topic, record)));
                    }
                }
            }
            if (!dryRun) {
                producer.flush();
                awaitAll(sent);
                // only after the broker has every record back: a crash before this replays them again, never loses one
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                end.forEach((partition, offset) -> done.put(partition, new OffsetAndMetadata(offset)));
                consumer.commitSync(done);
            }
            return new Result(count, byReason);
        }
    }

    /** Moves each partition past the records dead-lettered before {@code since} (never back behind the group's position). */
    private static void skipBefore(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Instant since,
                                   Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> at = new HashMap<>();
        partitions.forEach(p -> at.put(p, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> first = consumer.offsetsForTimes(at);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp found = first.get(partition);
            long from = found == null ? end.get(partition) : found.offset();
            if (from > consumer.position(partition)) {
                consumer.seek(partition, from);
            }
        }
    }

    private static ProducerRecord<byte[], byte[]> original(String topic, ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!CloudEventHeaders.DLT_REASON.equals(header.key())) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    }

    private static String reason(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.DLT_REASON);
        return header == null ? "(no reason given)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent) {
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the broker did not take a replayed record; nothing was marked done", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while replaying", e);
            }
        }
    }

    private static Properties consumerConfig(String bootstrap, String group) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private static Properties producerConfig(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "recovery-dlt-replay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
