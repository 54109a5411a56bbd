package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.ServiceJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./recovery bench [--smoke]}: against the devstack named by {@code -Drecovery.stack.file}, starts every service
 * jar as {@code ./recovery up} does and measures (see the README's "Performance"); writes
 * {@code <out>/<timestamp>.json} and {@code .md} and prints the summary.
 * Arguments: {@code --smoke}, {@code --out <dir>} (default bench/results), {@code --services <dir>} (default services),
 * {@code --profile} (JFR recordings of damage-service, gateway and aggregation-service into the output folder),
 * {@code --backlog <n>} and {@code --replay <n>} (events of the aggregation parts, when the machine is too slow for
 * the plan's; 0 leaves a part out) and {@code --rates <r1,r2,...>} (other ingest steps, e.g. to profile one rate).
 * System property {@code bench.devstack.seconds}: how long the devstack took to start, measured by the caller.
 */
public final class Bench {
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench", "results");
        Path services = Path.of("services");
        boolean smoke = false;
        boolean profile = false;
        Integer backlog = null;
        Integer replay = null;
        List<Integer> rates = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--profile" -> profile = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--services" -> services = Path.of(args[++i]);
                case "--backlog" -> backlog = Integer.valueOf(args[++i]);
                case "--replay" -> replay = Integer.valueOf(args[++i]);
                case "--rates" -> rates = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        BenchPlan plan = (smoke ? BenchPlan.smoke() : BenchPlan.full()).withEvents(backlog, replay).withRates(rates);
        Path json = run(plan, services, out, profile);
        System.out.println(Files.readString(Path.of(json.toString().replaceAll("\\.json$", ".md"))));
        System.exit(0);
    }

    /** Runs the plan; returns the JSON file written. */
    public static Path run(BenchPlan plan, Path services, Path out, boolean profile) throws Exception {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        Files.createDirectories(out);
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("plan", plan.name());
        result.put("backlogEvents", plan.backlogEvents());
        result.put("replayEvents", plan.replayEvents());
        result.put("startedAt", Instant.now().toString());
        result.set("machine", Machine.describe());

        // the JVM options of ./recovery up, plus a JFR recording of the profiled services
        Map<String, List<String>> jvm = new LinkedHashMap<>();
        for (String service : RunningSystem.SERVICES) {
            List<String> options = new java.util.ArrayList<>(ServiceJvm.options(services, service));
            if (profile && List.of("damage-service", "gateway", "aggregation-service").contains(service)) {
                options.add("-XX:StartFlightRecording=settings=profile,filename="
                        // %p: a restarted or second aggregation instance must not write into the first one's file
                        + out.resolve(stamp + "-" + service + "-%p.jfr").toAbsolutePath());
            }
            jvm.put(service, options);
        }
        long started = System.nanoTime();
        try (RunningSystem system = RunningSystem.launch(services, out.resolve("logs"), "bench_system", jvm)) {
            // a benchmark stopped half-way (Ctrl-C, ./recovery down) stops the services it started
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "bench-stop"));
            ObjectNode startUp = result.putObject("startUp");
            startUp.put("servicesSeconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
            String devstack = System.getProperty("bench.devstack.seconds");
            if (devstack != null && !devstack.isBlank()) {
                startUp.put("devstackSeconds", Double.parseDouble(devstack));
            } else {
                startUp.putNull("devstackSeconds");
            }
            measure(plan, system, result);
        }
        result.put("finishedAt", Instant.now().toString());
        result.put("loadAverageAtEnd", Machine.loadAverage());
        Path json = out.resolve(stamp + ".json");
        Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        Files.writeString(out.resolve(stamp + ".md"), Summary.markdown(result));
        LOG.info("wrote {}", json);
        return json;
    }

    private static void measure(BenchPlan plan, RunningSystem system, ObjectNode result) throws Exception {
        Map<String, Long> pids = new LinkedHashMap<>();
        RunningSystem.SERVICES.forEach(service -> pids.put(service, system.pid(service)));
        Machine.stackPids().forEach(pids::put);
        EventLoad.sleepQuietly(3000);
        ObjectNode memory = result.putObject("residentMb");
        memory.set("idle", Memory.snapshot(pids));

        Baselines baselines = new Baselines();
        ObjectNode base = result.putObject("baselines");
        base.set("httpGatewayStatic", baselines.http(system.gateway("/"), plan.httpConcurrency(), plan.baselineDuration()));
        base.set("httpServiceHealth", baselines.http(system.service("damage-service", "/health"), plan.httpConcurrency(),
                plan.baselineDuration()));
        base.set("kafkaProducer", baselines.kafkaProducer(plan.kafkaBaselineRecords()));
        base.set("postgresInserts", baselines.postgresInserts(plan.postgresConcurrency(), plan.baselineDuration()));

        String run = UUID.randomUUID().toString().substring(0, 6);
        String ingestDisaster = "bench-ingest-" + run;
        String endToEndDisaster = "bench-e2e-" + run;
        String backlogDisaster = "bench-backlog-" + run;
        Ingest ingest = new Ingest(system.gateway(""));
        Reports reports = new Reports(system.gateway(""));
        for (String disaster : List.of(ingestDisaster, endToEndDisaster, backlogDisaster)) {
            reports.declare(disaster);
        }
        Memory.Peak[] peak = new Memory.Peak[1];
        ObjectNode ingested = ingest.steps(plan, ingestDisaster, new CpuTime(pids), () -> peak[0] = Memory.peak(pids));
        result.set("ingest", ingested);
        LOG.info("ingest done: {}", ingested);
        memory.set("underLoadPeak", peak[0].stop(pids));
        // a saturated last step leaves reports in the outbox and events in the topic: the end to end part measures
        // the system at its rate, not the queue the step before left behind
        Aggregation aggregation = new Aggregation(system);
        ingested.put("settleSeconds", aggregation.settle());
        // at the plan's rate, or the highest the ingest kept up with when that is lower (a loaded machine)
        int endToEndRate = Math.min(plan.endToEndRate(), Math.max(5, result.at("/ingest/highestRateKeptUp").asInt()));
        result.put("endToEndPlanRate", plan.endToEndRate());
        result.set("endToEnd", ingest.endToEnd(endToEndRate, plan.endToEndDuration(), endToEndDisaster));

        ObjectNode aggregated = result.putObject("aggregation");
        if (plan.backlogEvents() > 0) {
            aggregated.set("backlog", aggregation.backlog(backlogDisaster, plan.backlogEvents()));
        }
        if (plan.replayEvents() > 0) {
            aggregated.set("replay", aggregation.replay(plan.replayEvents(), backlogDisaster,
                    List.of(ingestDisaster, endToEndDisaster, backlogDisaster)));
        }
        result.set("ratios", Summary.ratios(result));
    }

}
