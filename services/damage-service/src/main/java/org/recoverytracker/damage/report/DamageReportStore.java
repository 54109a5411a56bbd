package org.recoverytracker.damage.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The damage schema's reports: one current row per report and every version beside it. */
@Singleton
class DamageReportStore {
    private static final String VIEW = """
            SELECT v.report_id, v.version, v.status, v.change, v.content::text AS content, v.reason, v.recorded_by,
                   v.recorded_at, r.submitted_by, r.submitted_at, v.fingerprint
            FROM damage_report_version v JOIN damage_report r ON r.report_id = v.report_id
            """;

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    DamageReportStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Stored(DamageReportView view, String fingerprint) {
    }

    record NewVersion(UUID reportId, int version, String change, ReportStatus status, DamageReportRequest content,
                      String fingerprint, @Nullable String reason, String recordedBy, Instant recordedAt) {
    }

    Optional<Stored> current(UUID reportId) {
        return current(reportId, "");
    }

    /** The current version, locked for the rest of the transaction so two amendments cannot both win. */
    Optional<Stored> currentForUpdate(UUID reportId) {
        return current(reportId, " FOR UPDATE OF r");
    }

    private Optional<Stored> current(UUID reportId, String lock) {
        return jdbc.prepareStatement(VIEW + " WHERE v.report_id = ? AND v.version = r.version" + lock, statement -> {
            statement.setObject(1, reportId);
            return read(statement).stream().findFirst();
        });
    }

    boolean hasVersionWithFingerprint(UUID reportId, String fingerprint) {
        return jdbc.prepareStatement("SELECT 1 FROM damage_report_version WHERE report_id = ? AND fingerprint = ?", statement -> {
            statement.setObject(1, reportId);
            statement.setString(2, fingerprint);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        });
    }

    List<DamageReportView> versions(UUID reportId) {
        return jdbc.prepareStatement(VIEW + " WHERE v.report_id = ? ORDER BY v.version", statement -> {
            statement.setObject(1, reportId);
            return read(statement).stream().map(Stored::view).toList();
        });
    }

    /** The current version of each report the search matches, in its order and window, and how many match in all. */
    ReportPage page(ReportSearch search) {
        String filter = " WHERE v.version = r.version AND (?::text IS NULL OR r.disaster_id = ?) AND (?::text IS NULL OR r.area_code = ?)"
                + " AND (?::text IS NULL OR r.submitted_by = ?) AND (cardinality(?::text[]) = 0 OR r.status = ANY (?::text[]))";
        String order = search.oldestFirst() ? " ORDER BY r.submitted_at, r.report_id" : " ORDER BY r.submitted_at DESC, r.report_id";
        List<DamageReportView> items = jdbc.prepareStatement(VIEW + filter + order + " LIMIT ? OFFSET ?",
                statement -> {
                    bindFilter(statement, search);
                    statement.setInt(9, search.limit());
                    statement.setLong(10, search.offset());
                    return read(statement).stream().map(Stored::view).toList();
                });
        long total = jdbc.prepareStatement("SELECT count(*) FROM damage_report_version v JOIN damage_report r ON r.report_id = v.report_id"
                + filter, statement -> {
            bindFilter(statement, search);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        return ReportPage.of(items, search, total);
    }

    /**
     * The report that stood before {@code report} for its disaster, area and source: of the others not rejected, the
     * last in the order figures stand in (DESIGN §5: {@code asOf}, then first submission, then report id) that comes
     * before it; by {@code submittedBy} when that is given.
     */
    Optional<DamageReportView> previous(DamageReportView report, @Nullable String submittedBy) {
        return jdbc.prepareStatement(VIEW + """
                 WHERE v.version = r.version AND r.report_id <> ? AND r.disaster_id = ? AND r.area_code = ? AND r.source = ?
                   AND r.status <> 'REJECTED' AND (r.as_of, r.submitted_at, r.report_id) < (?, ?, ?)
                   AND (?::text IS NULL OR r.submitted_by = ?)
                 ORDER BY r.as_of DESC, r.submitted_at DESC, r.report_id DESC LIMIT 1""", statement -> {
            statement.setObject(1, report.reportId());
            statement.setString(2, report.content().disasterId());
            statement.setString(3, report.content().areaCode());
            statement.setString(4, report.content().source().name());
            statement.setTimestamp(5, Timestamp.from(report.content().asOf()));
            statement.setTimestamp(6, Timestamp.from(report.submittedAt()));
            statement.setObject(7, report.reportId());
            statement.setString(8, submittedBy);
            statement.setString(9, submittedBy);
            return read(statement).stream().map(Stored::view).findFirst();
        });
    }

    void insert(NewVersion first) {
        jdbc.prepareStatement("""
                INSERT INTO damage_report (report_id, version, status, disaster_id, area_code, as_of, source, submitted_by,
                                           submitted_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, first.reportId());
            statement.setInt(2, first.version());
            statement.setString(3, first.status().name());
            statement.setString(4, first.content().disasterId());
            statement.setString(5, first.content().areaCode());
            statement.setTimestamp(6, Timestamp.from(first.content().asOf()));
            statement.setString(7, first.content().source().name());
            statement.setString(8, first.recordedBy());
            statement.setTimestamp(9, Timestamp.from(first.recordedAt()));
            statement.setTimestamp(10, Timestamp.from(first.recordedAt()));
            return statement.executeUpdate();
        });
        insertVersion(first);
    }

    void update(NewVersion next) {
        jdbc.prepareStatement("""
                UPDATE damage_report SET version = ?, status = ?, disaster_id = ?, area_code = ?, as_of = ?, source = ?, updated_at = ?
                WHERE report_id = ?""", statement -> {
            statement.setInt(1, next.version());
            statement.setString(2, next.status().name());
            statement.setString(3, next.content().disasterId());
            statement.setString(4, next.content().areaCode());
            statement.setTimestamp(5, Timestamp.from(next.content().asOf()));
            statement.setString(6, next.content().source().name());
            statement.setTimestamp(7, Timestamp.from(next.recordedAt()));
            statement.setObject(8, next.reportId());
            return statement.executeUpdate();
        });
        insertVersion(next);
    }

    private void insertVersion(NewVersion version) {
        jdbc.prepareStatement("""
                INSERT INTO damage_report_version (report_id, version, change, status, content, fingerprint, reason, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, version.reportId());
            statement.setInt(2, version.version());
            statement.setString(3, version.change());
            statement.setString(4, version.status().name());
            statement.setString(5, write(version.content()));
            statement.setString(6, version.fingerprint());
            statement.setString(7, version.reason());
            statement.setString(8, version.recordedBy());
            statement.setTimestamp(9, Timestamp.from(version.recordedAt()));
            return statement.executeUpdate();
        });
    }

    private static void bindFilter(PreparedStatement statement, ReportSearch search) throws SQLException {
        statement.setString(1, search.disasterId());
        statement.setString(2, search.disasterId());
        statement.setString(3, search.areaCode());
        statement.setString(4, search.areaCode());
        statement.setString(5, search.submittedBy());
        statement.setString(6, search.submittedBy());
        java.sql.Array statuses = statement.getConnection().createArrayOf("text",
                search.statuses().stream().map(Enum::name).toArray(String[]::new));
        statement.setArray(7, statuses);
        statement.setArray(8, statuses);
    }

    private List<Stored> read(PreparedStatement statement) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Stored(new DamageReportView(result.getObject("report_id", UUID.class), result.getInt("version"),
                        ReportStatus.valueOf(result.getString("status")), result.getString("change"),
                        read(result.getString("content")), result.getString("reason"), result.getString("recorded_by"),
                        result.getTimestamp("recorded_at").toInstant(), result.getString("submitted_by"),
                        result.getTimestamp("submitted_at").toInstant()), result.getString("fingerprint")));
            }
        }
        return rows;
    }

    private DamageReportRequest read(String content) {
        try {
            return json.readValue(content, DamageReportRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(DamageReportRequest content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
