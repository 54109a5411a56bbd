package org.recoverytracker.intake.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.util.StringUtils;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.identity.UserAccessRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@link Topics#ACCESS_REVOCATIONS} into {@link AccessRevocations}. Every instance of every service reads the
 * whole compacted topic from its beginning at start-up and then follows it: a broadcast, so no consumer group and no
 * committed offsets. It creates the topic (compacted) if it does not exist yet, and makes it compacted if a broker
 * auto-created it as an ordinary, deleting one (a producer that wrote first), which would drop revocations after the
 * retention time. A broker that is down is retried; meanwhile the revocations already read still hold.
 */
@Context
@Requires(property = "kafka.bootstrap.servers")
@Requires(property = "kafka.enabled", notEquals = StringUtils.FALSE)
class AccessRevocationFeed {
    private static final Logger LOG = LoggerFactory.getLogger(AccessRevocationFeed.class);

    private final AccessRevocations revocations;
    private final ObjectMapper json;
    private final String bootstrap;
    private final String client;
    private final Thread worker;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;

    AccessRevocationFeed(AccessRevocations revocations, ObjectMapper json,
                         @Value("${kafka.bootstrap.servers}") String bootstrap,
                         @Value("${micronaut.application.name:service}") String application) {
        this.revocations = revocations;
        this.json = json;
        this.bootstrap = bootstrap;
        this.client = application + "-access-revocations";
        this.worker = Thread.ofPlatform().name("access-revocations").daemon().start(this::run);
    }

    private void run() {
        Duration retryDelay = Duration.ofMillis(500);
        while (running) {
            try {
                ensureTopic();
                follow();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("cannot follow {}, retrying in {} ms: {}", Topics.ACCESS_REVOCATIONS, retryDelay.toMillis(), e.toString());
                pause(retryDelay);
                retryDelay = retryDelay.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : retryDelay.multipliedBy(2);
            }
        }
    }

    private void ensureTopic() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, client);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            NewTopic topic = new NewTopic(Topics.ACCESS_REVOCATIONS, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(topic)).all().get();
                LOG.info("created the compacted topic {}", Topics.ACCESS_REVOCATIONS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                compact(admin);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create or configure " + Topics.ACCESS_REVOCATIONS, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    private void compact(Admin admin) throws ExecutionException, InterruptedException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ACCESS_REVOCATIONS);
        Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
        ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET))))
                    .all().get();
            LOG.warn("{} had cleanup.policy {}: made it compacted", Topics.ACCESS_REVOCATIONS, policy == null ? null : policy.value());
        }
    }

    private void follow() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 200);
        try (KafkaConsumer<String, byte[]> opened = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = opened;
            if (!running) {
                return;
            }
            List<TopicPartition> partitions = opened.partitionsFor(Topics.ACCESS_REVOCATIONS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            opened.assign(partitions);
            opened.seekToBeginning(partitions);
            LOG.info("following {} from its beginning", Topics.ACCESS_REVOCATIONS);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : opened.poll(Duration.ofSeconds(1))) {
                    apply(record);
                }
            }
        } finally {
            consumer = null;
        }
    }

    // a record this service cannot read is skipped: the topic carries nothing a later record would need from it
    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            UserAccessRevoked revoked = json.readValue(record.value(), UserAccessRevoked.class);
            revocations.apply(revoked);
            LOG.info("access tokens of {} issued before {} are revoked ({})", revoked.username(), revoked.tokensIssuedBefore(),
                    revoked.reason());
        } catch (IOException | RuntimeException e) {
            LOG.error("unreadable record at offset {} of {}: {}", record.offset(), Topics.ACCESS_REVOCATIONS, e.toString());
        }
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        // the wakeup ends a poll and the consumer then closes by itself; an interrupt on top of it made every clean
        // shutdown log "Failed to close fetcher" at ERROR, so interrupt only a worker still paused or creating the topic
        worker.join(Duration.ofSeconds(2));
        if (worker.isAlive()) {
            worker.interrupt();
            worker.join(Duration.ofSeconds(10));
        }
    }
}
