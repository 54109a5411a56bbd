package org.recoverytracker.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard each part of the benchmark runs: the full run (issue 10's figures, ~10 minutes) or the
 * smoke run (tiny rates, seconds per step: proves every figure is produced, not what it is).
 */
public record BenchPlan(
        String name,
        List<Integer> ingestRates,
        Duration ingestStep,
        Duration warmUp,
        int endToEndRate,
        Duration endToEndDuration,
        int backlogEvents,
        int replayEvents,
        int kafkaBaselineRecords,
        int postgresConcurrency,
        Duration baselineDuration,
        int httpConcurrency) {

    /** The damage service's connection pool size (maximum-pool-size): the database concurrency ingest can reach. */
    static final int DAMAGE_POOL = 8;

    public static BenchPlan full() {
        return new BenchPlan("full", List.of(50, 100, 250, 500, 1000, 2000, 3000), Duration.ofSeconds(20), Duration.ofSeconds(15),
                1000, Duration.ofSeconds(20), 200_000, 1_000_000, 200_000, DAMAGE_POOL, Duration.ofSeconds(10), 32);
    }

    public static BenchPlan smoke() {
        return new BenchPlan("smoke", List.of(20, 40), Duration.ofSeconds(2), Duration.ofSeconds(1),
                20, Duration.ofSeconds(2), 500, 2_000, 5_000, DAMAGE_POOL, Duration.ofSeconds(1), 4);
    }

    /** This plan with other event counts for the aggregation parts (null: the plan's own). */
    public BenchPlan withEvents(Integer backlog, Integer replay) {
        return new BenchPlan(backlog == null && replay == null ? name : name + " (fewer events)", ingestRates, ingestStep,
                warmUp, endToEndRate, endToEndDuration, backlog == null ? backlogEvents : backlog,
                replay == null ? replayEvents : replay, kafkaBaselineRecords, postgresConcurrency, baselineDuration,
                httpConcurrency);
    }
}
