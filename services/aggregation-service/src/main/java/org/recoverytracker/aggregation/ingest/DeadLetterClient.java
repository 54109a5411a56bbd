package org.recoverytracker.aggregation.ingest;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;

/** Produces poison records to a dead-letter topic, acknowledged by every in-sync replica. */
@KafkaClient(id = "aggregation-dead-letters", acks = KafkaClient.Acknowledge.ALL)
interface DeadLetterClient {

    CompletableFuture<RecordMetadata> send(@Topic String topic, @KafkaKey @Nullable String key,
                                           @MessageBody @Nullable byte[] value, Headers headers);
}
