package org.recoverytracker.intake.security.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The {@code audit} table (intake migration V0_2): written inside the caller's transaction, read by admins. */
@Singleton
public class AuditLog {
    private final JdbcOperations jdbc;
    private final String service;

    AuditLog(JdbcOperations jdbc, @Value("${micronaut.application.name}") String service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    /** Mandatory transaction: an audit row exists exactly when the write it describes committed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        jdbc.prepareStatement("""
                INSERT INTO audit (event_id, recorded_at, actor, action, entity, entity_version, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, entry.id());
            statement.setTimestamp(2, Timestamp.from(entry.at()));
            statement.setString(3, entry.user());
            statement.setString(4, entry.action());
            statement.setString(5, entry.entity());
            statement.setObject(6, entry.version());
            statement.setString(7, entry.detail());
            return statement.executeUpdate();
        });
    }

    @ReadOnly
    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder(
                "SELECT event_id, recorded_at, actor, action, entity, entity_version, detail FROM audit WHERE true");
        List<Object> values = new ArrayList<>();
        if (query.entity() != null) {
            sql.append(" AND entity = ?");
            values.add(query.entity());
        }
        if (query.user() != null) {
            sql.append(" AND actor = ?");
            values.add(query.user());
        }
        if (query.from() != null) {
            sql.append(" AND recorded_at >= ?");
            values.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND recorded_at < ?");
            values.add(Timestamp.from(query.to()));
        }
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT ?");
        values.add(query.limit());
        return jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return read(statement);
        });
    }

    private List<AuditEntry> read(PreparedStatement statement) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new AuditEntry(rows.getObject(1, java.util.UUID.class), service, rows.getTimestamp(2).toInstant(),
                        rows.getString(3), rows.getString(4), rows.getString(5), (Integer) rows.getObject(6), rows.getString(7)));
            }
        }
        return entries;
    }
}
