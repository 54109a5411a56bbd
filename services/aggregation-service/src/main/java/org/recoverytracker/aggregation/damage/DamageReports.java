package org.recoverytracker.aggregation.damage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes the damage read model: one row per report (its current version) and that version's figures. Reads and
 * writes whole batches: a few statements per batch of events, not a few per event.
 */
@Singleton
final class DamageReports {
    private final JdbcOperations jdbc;

    DamageReports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The reports among {@code reportIds} held now, locked until the batch commits (in id order: no deadlocks). */
    Map<UUID, StoredReport> current(Collection<UUID> reportIds) {
        Map<UUID, StoredReport> found = new HashMap<>();
        if (reportIds.isEmpty()) {
            return found;
        }
        return jdbc.prepareStatement("""
                SELECT report_id, version, content_version, status, disaster_id, area_code, boundary_version, submitted_at
                FROM damage_report WHERE report_id = ANY (?) ORDER BY report_id FOR UPDATE""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", reportIds.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), new StoredReport(rows.getInt(2), rows.getInt(3),
                            ReportStatus.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                            rows.getDate(7).toLocalDate(), rows.getTimestamp(8).toInstant()));
                }
            }
            return found;
        });
    }

    /**
     * Writes what a batch changed, per report: a new current version (its row, its status, and its figures replacing
     * all of the previous version's), or only a decision (status and version). Each kind of write is one multi-row
     * statement over arrays: pgjdbc would send a JDBC batch statement by statement, one server execution per row.
     */
    void write(Collection<Change> changes) {
        List<Change> contents = changes.stream().filter(change -> change.content() != null).toList();
        List<Change> decisions = changes.stream().filter(change -> change.content() == null).toList();
        if (!contents.isEmpty()) {
            upsertReports(contents);
            List<UUID> replaced = contents.stream().filter(Change::existed).map(Change::reportId).toList();
            if (!replaced.isEmpty()) {
                jdbc.prepareStatement("DELETE FROM damage_figure WHERE report_id = ANY (?)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("uuid", replaced.toArray()));
                    return statement.executeUpdate();
                });
            }
            insertFigures(contents);
        }
        if (!decisions.isEmpty()) {
            jdbc.prepareStatement("""
                    UPDATE damage_report SET status = decision.status, version = decision.version
                    FROM unnest(?::uuid[], ?::text[], ?::integer[]) AS decision (report_id, status, version)
                    WHERE damage_report.report_id = decision.report_id""", statement -> {
                Connection connection = statement.getConnection();
                statement.setArray(1, array(connection, "uuid", decisions, Change::reportId));
                statement.setArray(2, array(connection, "text", decisions, change -> change.status().name()));
                statement.setArray(3, array(connection, "integer", decisions, Change::version));
                return statement.executeUpdate();
            });
        }
    }

    /** The reports' rows; a batch names each report once, as one statement must not upsert a row twice. */
    private void upsertReports(List<Change> contents) {
        jdbc.prepareStatement("""
                INSERT INTO damage_report (report_id, version, content_version, status, disaster_id, area_code,
                                           boundary_version, source, report_type, as_of, submitted_at)
                SELECT report_id, version, content_version, status, disaster_id, area_code,
                       boundary_version::date, source, report_type, as_of::timestamptz, submitted_at::timestamptz
                FROM unnest(?::uuid[], ?::integer[], ?::integer[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[])
                     AS report (report_id, version, content_version, status, disaster_id, area_code, boundary_version,
                                source, report_type, as_of, submitted_at)
                ON CONFLICT (report_id) DO UPDATE SET
                    version = EXCLUDED.version, content_version = EXCLUDED.content_version,
                    status = EXCLUDED.status, disaster_id = EXCLUDED.disaster_id,
                    area_code = EXCLUDED.area_code, boundary_version = EXCLUDED.boundary_version,
                    source = EXCLUDED.source, report_type = EXCLUDED.report_type, as_of = EXCLUDED.as_of,
                    submitted_at = EXCLUDED.submitted_at""", statement -> {
            Connection connection = statement.getConnection();
            // times and dates go as ISO text cast by PostgreSQL: no JVM time zone between the event and the row
            statement.setArray(1, array(connection, "uuid", contents, Change::reportId));
            statement.setArray(2, array(connection, "integer", contents, Change::version));
            statement.setArray(3, array(connection, "integer", contents, change -> change.content().version()));
            statement.setArray(4, array(connection, "text", contents, change -> change.status().name()));
            statement.setArray(5, array(connection, "text", contents, change -> change.content().disasterId()));
            statement.setArray(6, array(connection, "text", contents, change -> change.content().areaCode()));
            statement.setArray(7, array(connection, "text", contents,
                    change -> change.content().boundaryVersion().toString()));
            statement.setArray(8, array(connection, "text", contents, change -> change.content().source().name()));
            statement.setArray(9, array(connection, "text", contents, change -> change.content().reportType().name()));
            statement.setArray(10, array(connection, "text", contents, change -> change.content().asOf().toString()));
            statement.setArray(11, array(connection, "text", contents,
                    change -> change.content().submittedAt().toString()));
            return statement.executeUpdate();
        });
    }

    private void insertFigures(List<Change> contents) {
        List<UUID> reportIds = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Change change : contents) {
            for (Map.Entry<String, BigDecimal> figure : change.content().figures().entrySet()) {
                reportIds.add(change.reportId());
                indicators.add(figure.getKey());
                values.add(figure.getValue() == null ? null : figure.getValue().toString());
            }
        }
        if (reportIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO damage_figure (report_id, indicator, value)
                SELECT report_id, indicator, value::numeric
                FROM unnest(?::uuid[], ?::text[], ?::text[]) AS figure (report_id, indicator, value)""", statement -> {
            Connection connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("uuid", reportIds.toArray()));
            statement.setArray(2, connection.createArrayOf("text", indicators.toArray()));
            statement.setArray(3, connection.createArrayOf("text", values.toArray()));
            return statement.executeUpdate();
        });
    }

    private static Array array(Connection connection, String type, List<Change> changes, Function<Change, ?> column)
            throws SQLException {
        return connection.createArrayOf(type, changes.stream().map(column).toArray());
    }

    /**
     * What the projection needs to know of a report before applying an event to it: {@code version} of the latest event
     * taken in (a decision or new content) with the {@code status} it left, {@code contentVersion} of the content shown.
     */
    record StoredReport(int version, int contentVersion, ReportStatus status, String disasterId, String areaCode,
                        LocalDate boundaryVersion, Instant submittedAt) {
    }

    /**
     * A report's state at the end of a batch: a new {@code content} (then {@code existed} says whether an earlier
     * version's figures must go) with the version and status of the latest event taken in, or (content null) only a
     * decision: its version and status, the content unchanged.
     */
    record Change(UUID reportId, boolean existed, ReportContent content, int version, ReportStatus status) {
    }
}
