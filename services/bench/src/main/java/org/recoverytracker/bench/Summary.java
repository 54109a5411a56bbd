package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** The markdown summary of one run's JSON, and the ratios against the baselines. */
final class Summary {
    private Summary() {
    }

    static ObjectNode ratios(JsonNode result) {
        double sustained = result.path("ingest").path("sustainedRate").asDouble();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("ingestPerPostgresInsert", ratio(sustained, result.at("/baselines/postgresInserts/insertsPerSecond").asDouble()));
        node.put("ingestPerKafkaRecord", ratio(sustained, result.at("/baselines/kafkaProducer/recordsPerSecond").asDouble()));
        node.put("ingestPerTrivialHttp", ratio(sustained, result.at("/baselines/httpGatewayStatic/requestsPerSecond").asDouble()));
        node.put("aggregationPerPostgresInsert", ratio(result.at("/aggregation/backlog/eventsPerSecond").asDouble(),
                result.at("/baselines/postgresInserts/insertsPerSecond").asDouble()));
        node.put("replayPerPostgresInsert", ratio(result.at("/aggregation/replay/eventsPerSecond").asDouble(),
                result.at("/baselines/postgresInserts/insertsPerSecond").asDouble()));
        return node;
    }

    static String markdown(JsonNode r) {
        StringBuilder md = new StringBuilder();
        JsonNode machine = r.path("machine");
        md.append("## Benchmark (").append(r.path("plan").asText()).append(" run, ").append(r.path("startedAt").asText())
                .append(")\n\nMachine: ").append(machine.path("cores").asInt()).append(" cores (")
                .append(machine.path("cpu").asText()).append("), ")
                .append(machine.path("memoryGiB").asText()).append(" GiB, Java ").append(machine.path("java").asText())
                .append("; load average ").append(machine.path("loadAverageAtStart").asText()).append(" at start, ")
                .append(r.path("loadAverageAtEnd").asText())
                .append(" at end (the machine is shared: a load above the core count makes every figure pessimistic).\n\n");
        md.append("| ingest target /s | achieved /s | p50 ms | p99 ms | p99.9 ms | failed |\n|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode step : r.at("/ingest/steps")) {
            if (step.path("skipped").asBoolean()) {
                md.append("| ").append(step.path("targetRate").asInt()).append(" | not run: a lower rate saturated | | | | |\n");
                continue;
            }
            md.append(String.format("| %d | %.0f | %.1f | %.1f | %.1f | %d |%n", step.path("targetRate").asInt(),
                    step.path("achievedRate").asDouble(), step.path("p50Ms").asDouble(), step.path("p99Ms").asDouble(),
                    step.path("p999Ms").asDouble(), step.path("failed").asLong()));
        }
        cpuTable(md, r.at("/ingest/steps"));
        JsonNode e2e = r.path("endToEnd");
        JsonNode backlog = r.at("/aggregation/backlog");
        JsonNode replay = r.at("/aggregation/replay");
        JsonNode base = r.path("baselines");
        md.append("\n| figure | value | goal (issue 10) |\n|---|---:|---:|\n");
        row(md, "ingest sustained with p99 ≤ 50 ms", r.at("/ingest/sustainedRate").asText() + " /s", "≥ 3000 /s");
        String e2eRate = e2e.path("targetRate").asText()
                + (e2e.path("targetRate").asInt() < r.path("endToEndPlanRate").asInt(0)
                ? "/s (planned " + r.path("endToEndPlanRate").asText() + "/s: the ingest kept up with no more)" : "/s");
        row(md, "end to end at " + e2eRate + ", 2xx → event naming the report on the live stream, p50 / p99",
                e2e.path("p50Ms").asText() + " / " + e2e.path("p99Ms").asText() + " ms (not seen: "
                        + e2e.path("notSeen").asText() + ")", "≤ 100 / ≤ 500 ms at 1000/s");
        if (!backlog.isMissingNode()) {
            row(md, "aggregation catching up a backlog of " + backlog.path("events").asText() + " events",
                    backlog.path("eventsPerSecond").asText() + " events/s (peak resident "
                            + backlog.path("residentMbPeak").asText() + " MB)", "≥ 20000 events/s");
        }
        if (!replay.isMissingNode()) {
            row(md, "replay of " + replay.path("events").asText() + " events from offset 0 into an empty database",
                    replay.path("seconds").asText() + " s, " + replay.path("eventsPerSecond").asText()
                            + " events/s (totals match live: " + replay.path("totalsMatchLive").asText()
                            + "; peak resident " + replay.path("residentMbPeak").asText() + " MB)",
                    "1,000,000 in ≤ 60 s");
        }
        row(md, "start-up: devstack / all services healthy", r.at("/startUp/devstackSeconds").asText() + " / "
                + r.at("/startUp/servicesSeconds").asText() + " s", "");
        row(md, "baseline: Kafka producer, 300 B, acks=all", base.at("/kafkaProducer/recordsPerSecond").asText() + " records/s", "");
        row(md, "baseline: PostgreSQL committed single-row inserts, " + base.at("/postgresInserts/connections").asText()
                + " connections", base.at("/postgresInserts/insertsPerSecond").asText() + " /s", "");
        row(md, "baseline: gateway static page, " + base.at("/httpGatewayStatic/concurrency").asText() + " clients",
                base.at("/httpGatewayStatic/requestsPerSecond").asText() + " /s (p99 "
                        + base.at("/httpGatewayStatic/p99Ms").asText() + " ms)", "");
        row(md, "baseline: damage-service /health", base.at("/httpServiceHealth/requestsPerSecond").asText() + " /s", "");
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("ratios").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> ratio = it.next();
            row(md, "ratio " + ratio.getKey(), ratio.getValue().asText(), "");
        }
        md.append("\n| resident MB | idle | peak under load |\n|---|---:|---:|\n");
        for (Iterator<String> it = r.at("/residentMb/idle").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            md.append("| ").append(name).append(" | ").append(r.at("/residentMb/idle/" + name).asText()).append(" | ")
                    .append(r.at("/residentMb/underLoadPeak/" + name).asText()).append(" |\n");
        }
        return md.toString();
    }

    /** What one accepted report cost each process in CPU, per step: the machine's own ceiling for the ingest. */
    private static void cpuTable(StringBuilder md, JsonNode steps) {
        JsonNode names = null;
        for (JsonNode step : steps) {
            names = step.has("cpuMsPerReport") ? step.get("cpuMsPerReport") : names;
        }
        if (names == null) {
            return;
        }
        md.append("\n| CPU ms per accepted report at /s |");
        names.fieldNames().forEachRemaining(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---:|").append("---:|".repeat(names.size())).append('\n');
        for (JsonNode step : steps) {
            if (!step.has("cpuMsPerReport")) {
                continue;
            }
            md.append("| ").append(step.path("targetRate").asInt()).append(" |");
            JsonNode cost = step.get("cpuMsPerReport");
            names.fieldNames().forEachRemaining(name -> md.append(' ').append(cost.path(name).asText()).append(" |"));
            md.append('\n');
        }
        md.append("\n`total` is the sum over the processes (`bench` is the load generator on the same cores); "
                + "`ceilingPerSecond` = cores × 1000 / total, the rate at which the reports' CPU alone fills every core. "
                + "A step's figures include what each process does anyway (polls, heartbeats, the other services' idle "
                + "work): at low rates that dominates, at high rates the reports do.\n");
    }

    private static void row(StringBuilder md, String figure, String value, String goal) {
        md.append("| ").append(figure).append(" | ").append(value).append(" | ").append(goal).append(" |\n");
    }

    private static double ratio(double value, double baseline) {
        return baseline <= 0 ? 0 : Math.round(value / baseline * 1000) / 1000.0;
    }
}
