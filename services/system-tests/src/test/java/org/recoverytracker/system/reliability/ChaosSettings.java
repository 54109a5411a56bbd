package org.recoverytracker.system.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How big a chaos run is. {@code ci} (the default, part of {@code ./recovery test}): a few hundred requests, each
 * fault once. {@code full} ({@code ./recovery chaos}): thousands of requests, each fault alone, then faults in pairs.
 * Chosen with {@code -Drecovery.chaos.profile}; {@code -Drecovery.chaos.seed} replays a workload.
 */
record ChaosSettings(String profile, long seed, int workers, double requestsPerSecond, List<List<FaultKind>> schedule,
                     int requestsPerFault, Duration minHold, Duration maxHold, Duration giveUpAfter, int healthyRequestsBetween) {

    /**
     * Faults that may be combined, in the order they break; they are mended in reverse, so a killed service is started
     * again only after the broker and database it needs at start-up are back (its health includes them).
     */
    private static final List<List<FaultKind>> PAIRS = List.of(
            List.of(FaultKind.DAMAGE_KILL, FaultKind.AGGREGATION_KILL),
            List.of(FaultKind.DAMAGE_KILL, FaultKind.BROKER_PAUSE),
            List.of(FaultKind.AGGREGATION_KILL, FaultKind.BROKER_STOP),
            List.of(FaultKind.AGGREGATION_KILL, FaultKind.POSTGRES_RESTART),
            List.of(FaultKind.REBALANCE, FaultKind.BROKER_KILL),
            List.of(FaultKind.BROKER_PAUSE, FaultKind.POSTGRES_RESTART));

    static ChaosSettings fromSystemProperties() {
        String profile = System.getProperty("recovery.chaos.profile", "ci");
        long seed = Long.getLong("recovery.chaos.seed", System.currentTimeMillis());
        List<List<FaultKind>> schedule = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            schedule.add(List.of(kind));
        }
        return switch (profile) {
            case "ci" -> new ChaosSettings(profile, seed, 4, 5, schedule, 12, Duration.ofSeconds(3), Duration.ofSeconds(8),
                    Duration.ofSeconds(90), 8);
            case "full" -> {
                for (int round = 0; round < 2; round++) {
                    schedule.addAll(PAIRS);
                }
                yield new ChaosSettings(profile, seed, 8, 20, schedule, 120, Duration.ofSeconds(8), Duration.ofSeconds(30),
                        Duration.ofSeconds(180), 60);
            }
            default -> throw new IllegalArgumentException("recovery.chaos.profile is ci or full, not " + profile);
        };
    }
}
