package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
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
     * (under 80 % of its rate achieved): higher rates would only pile up a queue the later parts then wait behind.
     */
    ObjectNode steps(BenchPlan plan, String disaster, Runnable whileMeasuring) {
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
            OpenLoop.Step step = OpenLoop.run(rate, plan.ingestStep(), submit, (i, at) -> { });
            LOG.info("ingest {}/s: achieved {}/s, p50 {} ms, p99 {} ms, p99.9 {} ms, failed {}", step.targetRate(),
                    Math.round(step.achievedRate()), step.latency().percentileMs(50), step.latency().percentileMs(99),
                    step.latency().percentileMs(99.9), step.failed());
            array.add(step.toJson());
            sustained = step.sustained(P99_LIMIT_MS) ? rate : sustained;
            highestKept = step.achievedRate() >= 0.95 * rate ? rate : highestKept;
            saturated = step.achievedRate() < 0.8 * rate;
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
     * Reports at a fixed rate, all in one commune, each with a later asOf and deaths = its number: the commune's total
     * reaching i shows report i (or a later one) applied. One poller reads the totals through the gateway in a loop;
     * latency is from the report's 2xx to the first poll answer showing it (0 when the poll came first).
     */
    ObjectNode endToEnd(int rate, Duration duration, String disaster) {
        String commune = Reports.COMMUNES.getFirst();
        int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
        AtomicLongArray acked = new AtomicLongArray(total);
        AtomicLongArray seen = new AtomicLongArray(total);
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread poller = Thread.ofVirtual().start(() -> {
            int next = 0;
            long deadline = Long.MAX_VALUE;
            while (next < total && System.nanoTime() < deadline) {
                long value;
                try {
                    value = Reports.deaths(Reports.totals(reports.http(), gateway, disaster, commune));
                } catch (Exception e) {
                    continue;
                }
                long now = System.nanoTime();
                while (next < total && next <= value) {
                    seen.set(next++, now);
                }
                if (!sending.get() && deadline == Long.MAX_VALUE) {
                    deadline = now + 30_000_000_000L;
                }
            }
        });
        OpenLoop.Step step = OpenLoop.run(rate, duration,
                i -> reports.submit(disaster, commune, Reports.MORNING.plusSeconds(i), i), (i, at) -> acked.set((int) i, at));
        sending.set(false);
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Latency latency = new Latency();
        long missing = 0;
        for (int i = 0; i < total; i++) {
            if (acked.get(i) == 0 || seen.get(i) == 0) {
                missing++;
            } else {
                latency.recordNanos(Math.max(0, seen.get(i) - acked.get(i)));
            }
        }
        ObjectNode node = latency.toJson();
        node.put("method", "polling GET /api/v1/totals/damage through the gateway in a loop (live stream not on main yet)");
        node.put("targetRate", rate);
        node.put("achievedRate", Math.round(step.achievedRate() * 10) / 10.0);
        node.put("httpP99Ms", step.latency().percentileMs(99));
        node.put("notSeen", missing);
        LOG.info("end to end at {}/s: p50 {} ms, p99 {} ms, not seen {}", rate, latency.percentileMs(50),
                latency.percentileMs(99), missing);
        return node;
    }

}
