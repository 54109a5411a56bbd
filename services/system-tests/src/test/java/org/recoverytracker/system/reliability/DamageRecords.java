package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.testkit.TestStack;

/**
 * The damage service's own record of one disaster's reports, read from its {@code damage} schema: the current version
 * of each report with its status, plus how many versions it has. This, not the aggregation's tables, is what the
 * expected totals are computed from.
 */
final class DamageRecords {
    private DamageRecords() {
    }

    /** A report as the damage service holds it now. */
    record StoredReport(UUID reportId, int version, String status, String areaCode, Instant asOf, String source,
                        Instant submittedAt, Map<String, BigDecimal> figures, JsonNode content) {
        boolean counts() {
            return !"REJECTED".equals(status);
        }
    }

    static List<StoredReport> read(String databaseUrl, String disasterId) {
        TestStack stack = TestStack.get();
        String sql = """
                SELECT r.report_id, r.version, r.status, r.area_code, r.as_of, r.source, r.submitted_at, v.content::text
                FROM damage.damage_report r
                JOIN damage.damage_report_version v ON v.report_id = r.report_id AND v.version = r.version
                WHERE r.disaster_id = ?""";
        try (Connection connection = DriverManager.getConnection(databaseUrl, stack.postgresUser(), stack.postgresPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, disasterId);
            List<StoredReport> reports = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    JsonNode content = Wire.JSON.readTree(row.getString(8));
                    Map<String, BigDecimal> figures = new LinkedHashMap<>();
                    content.path("figures").properties().forEach(f -> figures.put(f.getKey(), f.getValue().decimalValue()));
                    reports.add(new StoredReport(row.getObject(1, UUID.class), row.getInt(2), row.getString(3), row.getString(4),
                            row.getTimestamp(5).toInstant(), row.getString(6), row.getTimestamp(7).toInstant(), figures, content));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the damage schema", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any report with this id exists, whatever its disaster. */
    static boolean exists(String databaseUrl, UUID reportId) {
        TestStack stack = TestStack.get();
        try (Connection connection = DriverManager.getConnection(databaseUrl, stack.postgresUser(), stack.postgresPassword());
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM damage.damage_report WHERE report_id = ?")) {
            statement.setObject(1, reportId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the damage schema", e);
        }
    }
}
