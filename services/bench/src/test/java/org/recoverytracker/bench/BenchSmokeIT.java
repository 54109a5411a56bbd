package org.recoverytracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's smoke run against the test stack: every figure the README table shows is produced (values aside). */
class BenchSmokeIT {

    @Test
    void smokeRunWritesEveryFigureOfTheBenchmarkAndASummaryBesideIt() throws Exception {
        Path out = Path.of("target", "bench-smoke");
        Path json = Bench.run(BenchPlan.smoke(), Path.of(".."), out, false);

        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.at("/ingest/steps")).hasSize(BenchPlan.smoke().ingestRates().size());
        assertThat(result.at("/ingest/steps/0/skipped").asBoolean()).as("the first rate is always measured").isFalse();
        for (JsonNode step : result.at("/ingest/steps")) {
            if (step.path("skipped").asBoolean()) {
                continue; // a lower rate saturated the machine
            }
            for (String field : List.of("targetRate", "achievedRate", "p50Ms", "p99Ms", "p999Ms", "failed")) {
                assertThat(step.path(field).isNumber()).as("ingest step %s", field).isTrue();
            }
            assertThat(step.path("ok").asLong()).as("reports accepted at %s/s", step.path("targetRate")).isPositive();
            JsonNode cpu = step.path("cpuMsPerReport");
            for (String process : List.of("damage-service", "gateway", "aggregation-service", "kafka", "postgres", "bench")) {
                assertThat(cpu.path(process).asDouble(-1)).as("CPU ms per report in %s", process).isGreaterThan(0);
            }
            assertThat(cpu.path("total").asDouble()).as("CPU ms per report, all processes").isGreaterThan(0);
            assertThat(cpu.path("ceilingPerSecond").asLong()).as("the cores' ceiling").isPositive();
        }
        assertNumbers(result, "/ingest/sustainedRate", "/ingest/settleSeconds", "/endToEnd/p50Ms", "/endToEnd/p99Ms",
                "/aggregation/backlog/eventsPerSecond", "/aggregation/replay/seconds", "/aggregation/replay/events",
                "/aggregation/replay/eventsPerSecond", "/aggregation/backlog/residentMbPeak",
                "/aggregation/replay/residentMbPeak", "/machine/cores",
                "/startUp/servicesSeconds", "/baselines/kafkaProducer/recordsPerSecond",
                "/baselines/postgresInserts/insertsPerSecond", "/baselines/httpGatewayStatic/requestsPerSecond",
                "/baselines/httpServiceHealth/requestsPerSecond", "/ratios/ingestPerPostgresInsert",
                "/ratios/ingestPerKafkaRecord", "/ratios/ingestPerTrivialHttp");
        assertThat(result.at("/endToEnd/notSeen").asLong()).as("submissions never announced on the live stream").isZero();
        assertThat(result.at("/endToEnd/count").asLong()).as("submissions timed to their stream event").isPositive();
        assertThat(result.at("/aggregation/replay/totalsMatchLive").asBoolean()).as("replayed totals equal the live ones").isTrue();
        for (String service : List.of("damage-service", "donation-service", "rebuild-service", "aggregation-service", "gateway")) {
            assertThat(result.at("/residentMb/idle/" + service).asLong()).as("idle RSS of %s", service).isPositive();
            assertThat(result.at("/residentMb/underLoadPeak/" + service).asLong()).as("peak RSS of %s", service).isPositive();
        }
        assertThat(Path.of(json.toString().replaceAll("\\.json$", ".md"))).exists()
                .content().contains("ingest sustained with p99", "CPU ms per accepted report", "replay of", "resident MB");
    }

    private static void assertNumbers(JsonNode result, String... pointers) {
        for (String pointer : pointers) {
            assertThat(result.at(pointer).isNumber()).as("%s is a number", pointer).isTrue();
        }
    }
}
