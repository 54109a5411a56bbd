package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.recoverytracker.testkit.TestStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the machine does without our code: the same broker, the same PostgreSQL, the same HTTP server stack. */
final class Baselines {
    private static final Logger LOG = LoggerFactory.getLogger(Baselines.class);
    private final TestStack stack = TestStack.get();

    /** {@code records} × 300 B, acks=all, onto a fresh 3-partition topic; records per second. */
    ObjectNode kafkaProducer(int records) throws InterruptedException, ExecutionException {
        String topic = "bench.baseline." + System.currentTimeMillis();
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        byte[] value = new byte[300];
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, value));
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("records", records);
        node.put("recordBytes", 300);
        node.put("recordsPerSecond", Math.round(records / seconds));
        LOG.info("Kafka producer baseline: {} records/s", node.get("recordsPerSecond"));
        return node;
    }

    /** Single-row INSERTs, each its own committed transaction, from {@code connections} connections for {@code duration}. */
    ObjectNode postgresInserts(int connections, Duration duration) throws InterruptedException {
        String url = stack.freshDatabase("bench_baseline");
        try (Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE row_insert (id uuid PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                threads.execute(() -> {
                    try (Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
                         PreparedStatement insert = connection.prepareStatement(
                                 "INSERT INTO row_insert VALUES (gen_random_uuid(), '{\"DR-P01\": 3}'::jsonb, now())")) {
                        while (System.nanoTime() < end) {
                            insert.executeUpdate();
                            inserted.incrementAndGet();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("connections", connections);
        node.put("insertsPerSecond", Math.round(inserted.get() / seconds));
        LOG.info("PostgreSQL baseline: {} committed inserts/s", node.get("insertsPerSecond"));
        return node;
    }

    /** GETs of {@code uri} from {@code concurrency} closed-loop clients for {@code duration}: requests per second and latency. */
    ObjectNode http(URI uri, int concurrency, Duration duration) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Latency latency = new Latency();
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                threads.execute(() -> {
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                                ok.incrementAndGet();
                            }
                        } catch (Exception e) {
                            // counted as not ok
                        }
                        latency.recordNanos(System.nanoTime() - sent);
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode node = latency.toJson();
        node.put("path", uri.getPath());
        node.put("concurrency", concurrency);
        node.put("requestsPerSecond", Math.round(ok.get() / seconds));
        LOG.info("HTTP baseline {}: {} requests/s", uri, node.get("requestsPerSecond"));
        return node;
    }
}
