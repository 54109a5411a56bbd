package org.recoverytracker.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.RunningSystem;

/**
 * DESIGN §6 under fire: with the aggregation and damage services killed, the broker stopped, killed and frozen,
 * PostgreSQL restarted and the consumer group rebalanced while reports stream in, every acknowledged report counts
 * exactly once in every total, and a replay of the topic gives the same totals. The CI profile runs here;
 * {@code ./recovery chaos} runs the full one.
 */
class ChaosIT {

    @Test
    void everyAcknowledgedReportCountsExactlyOnceThroughKillsOutagesAndRebalances() {
        ChaosSettings settings = ChaosSettings.fromSystemProperties();
        ChaosReport report = new ChaosRun(settings, RunningSystem.get(), Credentials::none).run();

        Path written = report.write(Path.of("target", "reliability"));
        System.out.println(report.summary());
        System.out.println("report: " + written.toAbsolutePath());

        assertThat(report.faults()).as("faults injected").hasSize(settings.schedule().size())
                .allSatisfy(f -> assertThat(f.detail()).as(f.kind()).isEmpty());
        assertThat(report.delivery().problems()).as("acknowledged but lost or stored twice, events missing or doubled").isEmpty();
        assertThat(report.ledger().serverErrors()).as("5xx answers").isZero();
        assertThat(report.ledger().anomalies()).as("unexpected answers and abandoned requests").isEmpty();
        assertThat(report.unavailableOutsideFaults()).as("unavailable while no fault was in force").isEmpty();
        assertThat(report.mismatches()).as("figures differing from the damage records").isEmpty();
        assertThat(report.aid().lost()).as("acknowledged aid writes not stored").isEmpty();
        assertThat(report.aid().mismatches()).as("aid figures differing from the donation records").isEmpty();
        assertThat(report.replayDifferences()).as("areas whose totals differ after a replay from offset 0").isEmpty();
        assertThat(report.passed()).isTrue();
    }
}
