package org.recoverytracker.system.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.TestStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Breaks the running system while the workload goes on, and always mends it again: each fault holds until a number of
 * requests have met it (or a time limit passes), then everything it broke is restored before {@link #inject} returns,
 * failures included.
 */
final class Nemesis {
    private static final Logger LOG = LoggerFactory.getLogger(Nemesis.class);

    private final RunningSystem system;
    private final TestStack stack;
    private final Ledger ledger;
    private final int requestsPerFault;
    private final Duration minHold;
    private final Duration maxHold;
    private final List<FaultRecord> records = new ArrayList<>();

    Nemesis(RunningSystem system, TestStack stack, Ledger ledger, int requestsPerFault, Duration minHold, Duration maxHold) {
        this.system = system;
        this.stack = stack;
        this.ledger = ledger;
        this.requestsPerFault = requestsPerFault;
        this.minHold = minHold;
        this.maxHold = maxHold;
    }

    /** Something broken, and how to mend it. */
    private interface Breakage {
        void heal();
    }

    /** Breaks every kind given (together when more than one), holds, heals in reverse order. */
    FaultRecord inject(List<FaultKind> kinds) {
        String name = String.join("+", kinds.stream().map(Enum::name).toList());
        LOG.info("nemesis: {}", name);
        Instant started = Instant.now();
        long mark = ledger.attempts();
        List<Breakage> broken = new ArrayList<>();
        String detail = "";
        try {
            for (FaultKind kind : kinds) {
                broken.add(breakIt(kind));
            }
            hold(mark);
        } catch (RuntimeException e) {
            detail = "failed to inject: " + e;
            LOG.warn("nemesis {} failed", name, e);
        } finally {
            heal(broken, name);
        }
        FaultRecord record = new FaultRecord(name, started, Instant.now(), ledger.attempts() - mark, detail);
        records.add(record);
        LOG.info("nemesis: {} healed after {} ms, {} requests met it", name, record.millis(), record.requestsDuring());
        return record;
    }

    /** Heals everything, even when one heal fails; then reports the first failure (the system is not whole). */
    private static void heal(List<Breakage> broken, String name) {
        RuntimeException failure = null;
        for (int i = broken.size() - 1; i >= 0; i--) {
            try {
                broken.get(i).heal();
            } catch (RuntimeException e) {
                LOG.error("nemesis could not mend {}", name, e);
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("could not mend " + name, failure);
        }
    }

    List<FaultRecord> records() {
        return List.copyOf(records);
    }

    /** Keeps the fault in force for at least {@code minHold} and until enough requests have met it (at most {@code maxHold}). */
    private void hold(long mark) {
        Instant since = Instant.now();
        try {
            await().atMost(maxHold).pollInterval(Duration.ofMillis(100))
                    .until(() -> ledger.attempts() - mark >= requestsPerFault
                            && Duration.between(since, Instant.now()).compareTo(minHold) >= 0);
        } catch (ConditionTimeoutException e) {
            LOG.info("nemesis: held for {} with fewer than {} requests", maxHold, requestsPerFault);
        }
    }

    private Breakage breakIt(FaultKind kind) {
        return switch (kind) {
            case AGGREGATION_KILL -> killService("aggregation-service");
            case DAMAGE_KILL -> killService("damage-service");
            case BROKER_STOP -> {
                stack.stopKafka();
                yield stack::startKafka;
            }
            case BROKER_KILL -> {
                BrokerProcess.killHard(BrokerProcess.pid());
                yield () -> {
                    // the devstack still holds the dead process: let it notice, then start a new one
                    stack.stopKafka();
                    stack.startKafka();
                };
            }
            case BROKER_PAUSE -> {
                long pid = BrokerProcess.pid();
                BrokerProcess.signal(pid, "STOP");
                yield () -> BrokerProcess.signal(pid, "CONT");
            }
            case POSTGRES_RESTART -> {
                stack.stopPostgres();
                yield stack::startPostgres;
            }
            case REBALANCE -> {
                RunningSystem.Instance second = system.startInstance("aggregation-service", system.database(),
                        system.aggregationGroupId());
                yield second::close;
            }
        };
    }

    private Breakage killService(String service) {
        system.kill(service);
        return () -> system.restart(service);
    }

    /** A fresh consumer group id, for an instance that must read every topic from the start. */
    static String freshGroup() {
        return "replay-" + UUID.randomUUID();
    }
}
