package org.recoverytracker.aggregation.damage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.recoverytracker.contracts.damage.DisasterDeclared;

/** The disasters declared on the damage topic; totals read a disaster's start date to pick its boundary version. */
@Singleton
public final class Disasters {
    private final JdbcOperations jdbc;

    Disasters(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the declaration unless a later version of it is held; false when it was stale. */
    boolean declare(DisasterDeclared declared) {
        return jdbc.prepareStatement("""
                INSERT INTO disaster (disaster_id, version, name_vi, name_en, start_date) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (disaster_id) DO UPDATE SET
                    version = EXCLUDED.version, name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
                    start_date = EXCLUDED.start_date
                WHERE disaster.version < EXCLUDED.version""", statement -> {
            statement.setString(1, declared.disasterId());
            statement.setInt(2, declared.version());
            statement.setString(3, declared.nameVi());
            statement.setString(4, declared.nameEn());
            statement.setDate(5, Date.valueOf(declared.startDate()));
            return statement.executeUpdate() == 1;
        });
    }

    public Optional<LocalDate> startDate(String disasterId) {
        return jdbc.prepareStatement("SELECT start_date FROM disaster WHERE disaster_id = ?", statement -> {
            statement.setString(1, disasterId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getDate(1).toLocalDate()) : Optional.empty();
            }
        });
    }

    /** Whether anything is known of the disaster: its declaration or any report naming it. */
    public boolean isKnown(String disasterId) {
        return jdbc.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM disaster WHERE disaster_id = ?)
                    OR EXISTS (SELECT 1 FROM damage_report WHERE disaster_id = ?)""", statement -> {
            statement.setString(1, disasterId);
            statement.setString(2, disasterId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }
}
