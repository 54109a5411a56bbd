package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.TestStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The aggregation service catching up a backlog, and replaying the whole damage topic into an empty database. */
final class Aggregation {
    private static final Logger LOG = LoggerFactory.getLogger(Aggregation.class);
    private static final String SERVICE = "aggregation-service";
    private static final Duration LIMIT = Duration.ofMinutes(15);

    private final RunningSystem system;
    private final EventLoad events = new EventLoad();

    Aggregation(RunningSystem system) {
        this.system = system;
    }

    /** Stops the aggregation service, publishes {@code count} events, starts it and times the catch-up. */
    ObjectNode backlog(String disaster, int count) {
        awaitLiveCaughtUp();
        system.stop(SERVICE);
        long before = events.topicEnd();
        events.publish(disaster, count);
        long end = events.topicEnd();
        long started = System.nanoTime();
        system.start(SERVICE);
        Memory.Peak resident = Memory.peak(Map.of(SERVICE, system.pid(SERVICE)));
        long firstBatch = events.awaitProgress(system.database(), system.aggregationGroupId(), before, LIMIT);
        long done = events.awaitApplied(system.database(), system.aggregationGroupId(), end, LIMIT);
        system.awaitHealthy(SERVICE);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("residentMbPeak", resident.stop(Map.of(SERVICE, 0L)).path(SERVICE).asLong());
        node.put("events", end - before);
        node.put("secondsFromStart", seconds(done - started));
        node.put("secondsFromFirstBatch", seconds(done - firstBatch));
        node.put("eventsPerSecond", Math.round((end - before) / ((done - firstBatch) / 1e9)));
        LOG.info("backlog of {} events caught up at {} events/s", end - before, node.get("eventsPerSecond"));
        return node;
    }

    /**
     * Tops the topic up to {@code total} records, then starts a second aggregation instance with an empty database and
     * a new consumer group (so it reads from offset 0) and times it to the topic's end; then compares its totals of
     * every disaster with the live instance's.
     */
    ObjectNode replay(int total, String fillDisaster, List<String> disasters) {
        long missing = total - events.topicEnd();
        if (missing > 0) {
            LOG.info("publishing {} more events for the replay", missing);
            events.publish(fillDisaster, (int) missing);
        }
        awaitLiveCaughtUp();
        long end = events.topicEnd();
        String database = TestStack.get().freshDatabase("bench_replay");
        String group = "replay-" + UUID.randomUUID();
        long started = System.nanoTime();
        RunningSystem.Instance instance = system.startInstance(SERVICE, database, group);
        URI replica = instance.base();
        long healthy = System.nanoTime();
        Memory.Peak resident = Memory.peak(Map.of(SERVICE, instance.process().pid()));
        long done = events.awaitApplied(database, group, end, LIMIT);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("residentMbPeak", resident.stop(Map.of(SERVICE, 0L)).path(SERVICE).asLong());
        node.put("events", end);
        node.put("seconds", seconds(done - started));
        node.put("startUpSeconds", seconds(healthy - started));
        node.put("eventsPerSecond", Math.round(end / ((done - started) / 1e9)));
        node.put("totalsMatchLive", sameTotals(replica, disasters));
        LOG.info("replayed {} events in {} s; totals match: {}", end, node.get("seconds"), node.get("totalsMatchLive"));
        return node;
    }

    /**
     * Waits until the damage service's relay has nothing left to publish (the topic's end stood still for 2 s) and the
     * live instance has applied the whole topic; returns the seconds that took.
     */
    double settle() {
        long started = System.nanoTime();
        long end = events.topicEnd();
        while (true) {
            events.awaitApplied(system.database(), system.aggregationGroupId(), end, LIMIT);
            EventLoad.sleepQuietly(2000);
            long now = events.topicEnd();
            if (now == end) {
                double seconds = seconds(System.nanoTime() - started);
                LOG.info("settled at {} records in {} s", end, seconds);
                return seconds;
            }
            end = now;
        }
    }

    private void awaitLiveCaughtUp() {
        events.awaitApplied(system.database(), system.aggregationGroupId(), events.topicEnd(), LIMIT);
    }

    private boolean sameTotals(URI replica, List<String> disasters) {
        HttpClient http = HttpClient.newHttpClient();
        URI live = system.service(SERVICE, "");
        try {
            for (String disaster : disasters) {
                JsonNode mine = Reports.totals(http, live, disaster, "04");
                JsonNode theirs = Reports.totals(http, replica, disaster, "04");
                if (mine == null || theirs == null || !withoutAsOf(mine).equals(withoutAsOf(theirs))) {
                    LOG.warn("totals of {} differ: live {} replay {}", disaster, mine, theirs);
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the totals to compare", e);
        }
    }

    /** The answer's asOf is "now" when not asked for: it differs between two reads by design. */
    private static JsonNode withoutAsOf(JsonNode totals) {
        ObjectNode copy = totals.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}
