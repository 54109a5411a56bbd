package org.recoverytracker.damage.disaster;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class DisasterStore {
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    DisasterStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Stored(DisasterView view, String fingerprint) {
    }

    Optional<Stored> find(String id) {
        return jdbc.prepareStatement("SELECT * FROM disaster WHERE disaster_id = ?", statement -> {
            statement.setString(1, id);
            List<Stored> found = read(statement.executeQuery());
            return found.stream().findFirst();
        });
    }

    List<DisasterView> all() {
        return jdbc.prepareStatement("SELECT * FROM disaster ORDER BY start_date DESC, disaster_id",
                statement -> read(statement.executeQuery()).stream().map(Stored::view).toList());
    }

    void insert(DisasterView disaster, String fingerprint) {
        jdbc.prepareStatement("""
                INSERT INTO disaster (disaster_id, name_vi, name_en, hazards, start_date, provinces, fingerprint, declared_by, declared_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?)""", statement -> {
            statement.setString(1, disaster.id());
            statement.setString(2, disaster.nameVi());
            statement.setString(3, disaster.nameEn());
            statement.setString(4, write(disaster.hazards()));
            statement.setObject(5, disaster.startDate());
            statement.setString(6, write(disaster.provinces()));
            statement.setString(7, fingerprint);
            statement.setString(8, disaster.declaredBy());
            statement.setTimestamp(9, Timestamp.from(disaster.declaredAt()));
            return statement.executeUpdate();
        });
    }

    private List<Stored> read(ResultSet result) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (result) {
            while (result.next()) {
                rows.add(new Stored(new DisasterView(result.getString("disaster_id"), result.getString("name_vi"),
                        result.getString("name_en"), read(result.getString("hazards")),
                        result.getObject("start_date", java.time.LocalDate.class), read(result.getString("provinces")),
                        result.getString("declared_by"), result.getTimestamp("declared_at").toInstant()),
                        result.getString("fingerprint")));
            }
        }
        return rows;
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
