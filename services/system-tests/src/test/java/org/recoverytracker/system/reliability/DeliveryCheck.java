package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.recoverytracker.system.reliability.DamageRecords.StoredReport;
import org.recoverytracker.testkit.TopicReader;

/**
 * Acknowledged means durable, and stored means published once: every change the client saw acknowledged is in the
 * damage records (not lost, not stored twice), nothing refused was stored, every stored version of every report
 * went to the topic under exactly one event id (a relay that publishes a row again after a crash repeats that id), and
 * no event names a version the damage records do not have. Events that first reach the topic ahead of an earlier
 * version of their report are counted: the relay can do that (issue 9), and the aggregation must not mind.
 */
final class DeliveryCheck {
    private DeliveryCheck() {
    }

    record Result(int lost, int duplicated, int storedDespiteRefusal, int indeterminate, int eventsMissing,
                  int eventsDuplicated, int eventsNotStored, int eventsRepublished, int eventsAheadOfEarlierVersions,
                  List<String> problems) {
    }

    static Result check(List<FieldApp.Acknowledged> acknowledged, List<StoredReport> stored, String databaseUrl, String topic) {
        Map<UUID, StoredReport> byId = new HashMap<>();
        stored.forEach(r -> byId.put(r.reportId(), r));
        List<String> problems = new ArrayList<>();
        int lost = 0;
        int duplicated = 0;
        int refusedStored = 0;
        int indeterminate = 0;
        for (FieldApp.Acknowledged ack : acknowledged) {
            StoredReport report = byId.get(ack.reportId());
            if (!ack.determinate()) {
                indeterminate++;
            } else if (ack.refused()) {
                if (DamageRecords.exists(databaseUrl, ack.reportId())) {
                    refusedStored++;
                    problems.add("refused report stored: " + ack.reportId());
                }
            } else if (report == null || report.version() < ack.version()) {
                lost++;
                problems.add("lost: " + ack.reportId() + " acknowledged at version " + ack.version() + ", stored "
                        + (report == null ? "nothing" : "version " + report.version()));
            } else if (report.version() > ack.version()) {
                duplicated++;
                problems.add("stored twice: " + ack.reportId() + " acknowledged at version " + ack.version() + ", stored version "
                        + report.version());
            } else if (!report.status().equals(ack.status()) || !sameContent(ack.content(), report)) {
                lost++;
                problems.add("acknowledged state not stored: " + ack.reportId() + " status " + report.status() + " vs " + ack.status());
            }
        }
        Map<UUID, Map<Integer, Set<String>>> events = new HashMap<>();
        Map<UUID, Integer> highestSeen = new HashMap<>();
        int republished = 0;
        int ahead = 0;
        Set<String> seen = new HashSet<>();
        // one report's events share a key, hence a partition: they come back in the order the topic holds them
        for (ConsumerRecord<String, String> record : TopicReader.read(topic, r -> r.key() != null && isReport(byId, r.key()))) {
            JsonNode event = parse(record.value());
            String eventId = event.path("eventId").asText();
            UUID reportId = UUID.fromString(record.key());
            int version = event.path("version").asInt();
            if (!seen.add(eventId)) {
                republished++;
            } else if (version < highestSeen.getOrDefault(reportId, 0)) {
                ahead++;
            }
            highestSeen.merge(reportId, version, Math::max);
            events.computeIfAbsent(reportId, k -> new HashMap<>())
                    .computeIfAbsent(version, v -> new HashSet<>()).add(eventId);
        }
        int missing = 0;
        int doubled = 0;
        int notStored = 0;
        for (StoredReport report : stored) {
            Map<Integer, Set<String>> versions = events.getOrDefault(report.reportId(), Map.of());
            for (int version : versions.keySet()) {
                if (version > report.version()) {
                    notStored++;
                    problems.add("event for " + report.reportId() + " version " + version + ", stored only up to version "
                            + report.version());
                }
            }
            for (int version = 1; version <= report.version(); version++) {
                int ids = versions.getOrDefault(version, Set.of()).size();
                if (ids == 0) {
                    missing++;
                    problems.add("no event for " + report.reportId() + " version " + version);
                } else if (ids > 1) {
                    doubled++;
                    problems.add(ids + " different events for " + report.reportId() + " version " + version);
                }
            }
        }
        return new Result(lost, duplicated, refusedStored, indeterminate, missing, doubled, notStored, republished, ahead,
                problems);
    }

    private static boolean isReport(Map<UUID, StoredReport> byId, String key) {
        try {
            return byId.containsKey(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The acknowledged request and the stored version say the same: area, asOf, source and every figure. */
    private static boolean sameContent(Map<String, Object> sent, StoredReport stored) {
        if (!sent.get("areaCode").equals(stored.areaCode()) || !sent.get("source").equals(stored.source())
                || !OffsetDateTime.parse((String) sent.get("asOf")).toInstant().equals(stored.asOf())) {
            return false;
        }
        Map<?, ?> figures = (Map<?, ?>) sent.get("figures");
        if (figures.size() != stored.figures().size()) {
            return false;
        }
        for (Map.Entry<?, ?> figure : figures.entrySet()) {
            BigDecimal value = stored.figures().get((String) figure.getKey());
            if (value == null || new BigDecimal(figure.getValue().toString()).compareTo(value) != 0) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parse(String json) {
        try {
            return Wire.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
