package org.recoverytracker.system.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.system.reliability.DamageRecords.StoredReport;
import org.recoverytracker.testkit.TopicReader;

/**
 * What a person needs to find why a commune's figure differs: the damage records of every report now in that commune,
 * and every event on the topic about them, in order. Written into the report only when something differs.
 */
final class Evidence {
    private static final int MAX_AREAS = 3;

    private Evidence() {
    }

    static List<String> of(List<String> mismatches, List<StoredReport> stored, String topic) {
        Set<String> communes = mismatches.stream().map(line -> line.substring(0, line.indexOf(' ')))
                .filter(area -> area.length() == 5).limit(MAX_AREAS).collect(Collectors.toCollection(TreeSet::new));
        List<String> evidence = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (StoredReport report : stored) {
            if (communes.contains(report.areaCode())) {
                ids.add(report.reportId().toString());
                evidence.add("stored " + report.reportId() + " v" + report.version() + " " + report.status() + " "
                        + report.areaCode() + " " + report.source() + " asOf " + report.asOf() + " submittedAt "
                        + report.submittedAt() + " " + report.figures());
            }
        }
        for (ConsumerRecord<String, String> record : TopicReader.read(topic, r -> r.key() != null && ids.contains(r.key()))) {
            evidence.add("event " + record.key() + " " + record.partition() + "@" + record.offset() + " "
                    + TopicReader.header(record, CloudEventHeaders.TYPE) + " " + record.value());
        }
        return evidence;
    }
}
