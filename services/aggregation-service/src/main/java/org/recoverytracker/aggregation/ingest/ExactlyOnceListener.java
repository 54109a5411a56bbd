package org.recoverytracker.aggregation.ingest;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The semantics of every projection's listener, written once: a batch per poll in the service's group; offsets are
 * never committed to Kafka (they are stored in PostgreSQL with the batch's effect, see {@link StoredPositions}); a
 * batch that fails (database or dead-letter topic unreachable) is never skipped but retried from its start every
 * second until it commits. Poison records do not fail the batch: they go to the dead-letter topic.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(
        groupId = "${recovery.aggregation.group-id}",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "1s",
                retryCount = Integer.MAX_VALUE,
                handleAllExceptions = true))
public @interface ExactlyOnceListener {

    /**
     * How many consumers, each on its own thread with its own transactions, share the topic's partitions (a
     * placeholder may say). More than one only for a projection in which events of different keys touch no common
     * row: two partitions' batches then neither wait on nor deadlock each other.
     */
    @AliasFor(annotation = KafkaListener.class, member = "threadsValue")
    String consumers() default "1";
}
