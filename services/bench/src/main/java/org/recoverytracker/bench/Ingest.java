package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Damage reports through the gateway: stepped constant rates, then end to end at one rate. */
final class Ingest {
    static final double P99_LIMIT_MS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final Reports reports;
    private final URI gateway;

    Ingest(URI gateway) {
        this.gateway = gateway;
        this.reports = new Reports(gateway);
    }

    /**
     * Each rate of the plan for its step duration (after one unmeasured warm-up), until a step is clearly saturated
     * (under 80 % of its rate achieved) or is not kept up with and already queues thousands (under 95 %, and at least
     * 1,000 reports behind): higher rates would only pile up a queue in the services' heaps that the later parts then
     * wait behind.
     */
    ObjectNode steps(BenchPlan plan, String disaster, CpuTime cpu, Runnable whileMeasuring) {
        OpenLoop.Request submit = i -> reports.submit(disaster, Reports.COMMUNES.get((int) (i % Reports.COMMUNES.size())),
                Reports.MORNING.plusSeconds(i % 3600), i % 7);
        OpenLoop.run(plan.ingestRates().getFirst(), plan.warmUp(), submit, (i, at) -> { });
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode array = node.putArray("steps");
        int sustained = 0;
        int highestKept = 0;
        boolean saturated = false;
        whileMeasuring.run();
        for (int rate : plan.ingestRates()) {
            if (saturated) {
                array.addObject().put("targetRate", rate).put("skipped", true);
                continue;
            }
            Map<String, Double> before = cpu.sample();
            OpenLoop.Step step = OpenLoop.run(rate, plan.ingestStep(), submit, (i, at) -> { });
            ObjectNode cost = CpuTime.perReport(before, cpu.sample(), step.ok(), step.seconds());
            LOG.info("ingest {}/s: achieved {}/s, p50 {} ms, p99 {} ms, p99.9 {} ms, failed {}", step.targetRate(),
                    Math.round(step.achievedRate()), step.latency().percentileMs(50), step.latency().percentileMs(99),
                    step.latency().percentileMs(99.9), step.failed());
            LOG.info("ingest {}/s: CPU ms per accepted report {}", rate, cost);
            array.add(step.toJson().set("cpuMsPerReport", cost));
            sustained = step.sustained(P99_LIMIT_MS) ? rate : sustained;
            highestKept = step.achievedRate() >= 0.95 * rate ? rate : highestKept;
            double behind = (rate - step.achievedRate()) * step.seconds();
            saturated = step.achievedRate() < 0.8 * rate || (step.achievedRate() < 0.95 * rate && behind >= 1_000);
        }
        node.put("p99LimitMs", P99_LIMIT_MS);
        node.put("sustainedRate", sustained);
        node.put("highestRateKeptUp", highestKept);
        node.put("drainSeconds", drain(disaster));
        return node;
    }

    /** Waits (up to 5 minutes) until a single report is answered within 250 ms again: the queue a step left is gone. */
    private double drain(String disaster) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            try {
                reports.submit(disaster, Reports.COMMUNES.getFirst(), Reports.MORNING, 0);
            } catch (Exception e) {
                LOG.debug("probe failed", e);
            }
            if (System.nanoTime() - sent < 250_000_000L) {
                break;
            }
        }
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }

    /**
     * Reports at a fixed rate through the gateway, over the communes, while a live stream of their disaster is open
     * through the gateway too: each report's latency runs from its 2xx to the first {@code damage-totals} event that
     * names it (the aggregation announces a change only once the batch holding it has committed), on one clock.
     * Waits up to 30 s after the last send for stragglers; an accepted report whose event never arrives is counted
     * ({@code notSeen}), not timed; a refused one is in {@code failed}.
     */
    ObjectNode endToEnd(int rate, Duration duration, String disaster) {
        int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
        String[] ids = new String[total];
        for (int i = 0; i < total; i++) {
            ids[i] = UUID.randomUUID().toString();
        }
        AtomicLongArray acked = new AtomicLongArray(total);
        OpenLoop.Step step;
        Latency latency = new Latency();
        long missing = 0;
        long beforeAck = 0;
        int reconnects;
        try (StreamWatch stream = StreamWatch.open(gateway, disaster)) {
            step = OpenLoop.run(rate, duration, i -> reports.submit(ids[(int) i], disaster,
                            Reports.COMMUNES.get((int) (i % Reports.COMMUNES.size())), Reports.MORNING.plusSeconds(i), i % 7),
                    (i, at) -> acked.set((int) i, at));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int waitingFrom = 0;
            while (waitingFrom < total && System.nanoTime() < deadline) {
                if (acked.get(waitingFrom) == 0 || stream.seen(ids[waitingFrom]) != null) {
                    waitingFrom++;
                } else {
                    EventLoad.sleepQuietly(20);
                }
            }
            for (int i = 0; i < total; i++) {
                Long seen = stream.seen(ids[i]);
                if (acked.get(i) == 0) {
                    continue; // refused or failed: counted in "failed", never announced
                }
                if (seen == null) {
                    missing++;
                } else {
                    beforeAck += seen < acked.get(i) ? 1 : 0;
                    latency.recordNanos(Math.max(0, seen - acked.get(i)));
                }
            }
            reconnects = stream.reconnects();
        }
        ObjectNode node = latency.toJson();
        node.put("method", "PUT /api/v1/damage-reports/{id} 2xx -> first damage-totals event naming the report on "
                + "GET /api/v1/stream?disaster= (both through the gateway, one clock)");
        node.put("targetRate", rate);
        node.put("achievedRate", Math.round(step.achievedRate() * 10) / 10.0);
        node.put("httpP99Ms", step.latency().percentileMs(99));
        node.put("failed", step.failed());
        node.put("notSeen", missing);
        // the event can beat the 2xx to the client (the relay publishes on commit, the answer is still on its way)
        node.put("seenBeforeAck", beforeAck);
        node.put("streamReconnects", reconnects);
        LOG.info("end to end at {}/s: p50 {} ms, p99 {} ms, not seen {}", rate, latency.percentileMs(50),
                latency.percentileMs(99), missing);
        return node;
    }

}
