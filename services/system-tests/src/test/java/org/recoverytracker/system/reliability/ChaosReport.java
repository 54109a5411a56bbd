package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a chaos run did and found, written as JSON and Markdown and summed up in one paragraph. */
record ChaosReport(ChaosSettings settings, String disasterId, Instant startedAt, Instant workloadEndedAt, Instant endedAt,
                   List<FaultRecord> faults, Ledger ledger, DeliveryCheck.Result delivery, int reportsStored,
                   int figuresExpected, int areasChecked, List<String> mismatches, Aid aid, List<String> replayDifferences,
                   List<String> unavailableOutsideFaults, List<String> evidence) {
    private static final int LISTED = 20;

    /** The aid side: acknowledged writes, those not stored, and aid figures that differ from the donation records. */
    record Aid(int acknowledged, List<String> lost, List<String> mismatches, int figuresChecked) {
    }

    boolean passed() {
        return delivery.lost() == 0 && delivery.duplicated() == 0 && delivery.storedDespiteRefusal() == 0
                && delivery.eventsMissing() == 0 && delivery.eventsDuplicated() == 0 && delivery.eventsNotStored() == 0
                && mismatches.isEmpty()
                && aid.lost().isEmpty() && aid.mismatches().isEmpty()
                && replayDifferences.isEmpty() && ledger.serverErrors() == 0 && ledger.unexpectedCount() == 0
                && ledger.abandonedCount() == 0 && unavailableOutsideFaults.isEmpty();
    }

    Map<String, Object> toMap() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("verdict", passed() ? "PASSED" : "FAILED");
        report.put("profile", settings.profile());
        report.put("seed", settings.seed());
        report.put("disasterId", disasterId);
        report.put("startedAt", startedAt.toString());
        report.put("workloadSeconds", Duration.between(startedAt, workloadEndedAt).toSeconds());
        report.put("totalSeconds", Duration.between(startedAt, endedAt).toSeconds());
        report.put("faultsInjected", faults.stream().map(f -> Map.of("kind", f.kind(), "startedAt", f.startedAt().toString(),
                "millis", f.millis(), "requestsDuring", f.requestsDuring(), "detail", f.detail())).toList());
        Map<String, Object> requests = new LinkedHashMap<>(ledger.summary());
        requests.put("unavailableOutsideFaults", unavailableOutsideFaults.size());
        report.put("requests", requests);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("lost", delivery.lost());
        outcome.put("duplicated", delivery.duplicated());
        outcome.put("storedDespiteRefusal", delivery.storedDespiteRefusal());
        outcome.put("indeterminate", delivery.indeterminate());
        outcome.put("eventsMissing", delivery.eventsMissing());
        outcome.put("eventsDuplicated", delivery.eventsDuplicated());
        outcome.put("eventsNotStored", delivery.eventsNotStored());
        outcome.put("eventsRepublishedSameId", delivery.eventsRepublished());
        outcome.put("eventsAheadOfEarlierVersions", delivery.eventsAheadOfEarlierVersions());
        outcome.put("reportsStored", reportsStored);
        outcome.put("areasChecked", areasChecked);
        outcome.put("figuresExpected", figuresExpected);
        outcome.put("mismatchingFigures", mismatches.size());
        outcome.put("aidWritesAcknowledged", aid.acknowledged());
        outcome.put("aidLost", aid.lost().size());
        outcome.put("aidFiguresChecked", aid.figuresChecked());
        outcome.put("aidMismatchingFigures", aid.mismatches().size());
        outcome.put("replayDifferingAreas", replayDifferences.size());
        report.put("outcome", outcome);
        report.put("problems", first(delivery.problems()));
        report.put("mismatches", first(mismatches));
        List<String> aidProblems = new java.util.ArrayList<>(aid.lost());
        aidProblems.addAll(aid.mismatches());
        report.put("aidProblems", first(aidProblems));
        report.put("replayDifferences", first(replayDifferences));
        report.put("anomalies", ledger.anomalies());
        report.put("unavailableOutsideFaults", first(unavailableOutsideFaults));
        report.put("evidence", evidence);
        return report;
    }

    String summary() {
        Map<String, Object> requests = ledger.summary();
        return String.format("chaos %s (seed %d): %s — %d faults injected (%s); %s requests sent, %s operations, %s acknowledged, "
                        + "%s retried, %s unavailable during faults (%d outside), %s 5xx; lost %d, duplicated %d, events missing %d, "
                        + "events duplicated %d, not stored %d (same id republished %d, ahead of an earlier version %d); "
                        + "%d damage figures in %d areas checked, %d mismatching; "
                        + "%d aid writes acknowledged, %d lost, %d aid figures checked, %d mismatching; "
                        + "replay from offset 0: %d areas differ",
                settings.profile(), settings.seed(), passed() ? "PASSED" : "FAILED", faults.size(),
                String.join(", ", faults.stream().map(FaultRecord::kind).toList()), requests.get("requestsSent"),
                requests.get("operations"), requests.get("acknowledged"), requests.get("retries"), requests.get("unavailable"),
                unavailableOutsideFaults.size(), requests.get("serverErrors5xx"), delivery.lost(), delivery.duplicated(),
                delivery.eventsMissing(), delivery.eventsDuplicated(), delivery.eventsNotStored(), delivery.eventsRepublished(),
                delivery.eventsAheadOfEarlierVersions(), figuresExpected,
                areasChecked, mismatches.size(), aid.acknowledged(), aid.lost().size(), aid.figuresChecked(),
                aid.mismatches().size(), replayDifferences.size());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Chaos run: ").append(passed() ? "PASSED" : "FAILED").append("\n\n")
                .append(summary()).append("\n\n| fault | ms | requests during | detail |\n|---|---|---|---|\n");
        faults.forEach(f -> md.append("| ").append(f.kind()).append(" | ").append(f.millis()).append(" | ")
                .append(f.requestsDuring()).append(" | ").append(f.detail()).append(" |\n"));
        md.append("\n| requests | |\n|---|---|\n");
        toMapSection("requests").forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| outcome | |\n|---|---|\n");
        toMapSection("outcome").forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        for (String section : List.of("problems", "mismatches", "aidProblems", "replayDifferences", "anomalies",
                "unavailableOutsideFaults", "evidence")) {
            List<?> lines = (List<?>) toMap().get(section);
            if (!lines.isEmpty()) {
                md.append("\n## ").append(section).append("\n\n");
                lines.forEach(line -> md.append("* ").append(line).append('\n'));
            }
        }
        return md.toString();
    }

    /** Writes report.json and report.md into {@code dir}; returns the JSON file. */
    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve("report.json");
            Files.writeString(json, Wire.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toMap()));
            Files.writeString(dir.resolve("report.md"), markdown());
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMapSection(String name) {
        return (Map<String, Object>) toMap().get(name);
    }

    private static List<String> first(List<String> lines) {
        return lines.size() <= LISTED ? lines : lines.subList(0, LISTED);
    }
}
