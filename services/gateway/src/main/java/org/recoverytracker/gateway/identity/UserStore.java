package org.recoverytracker.gateway.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code app_user} table. */
@Singleton
public class UserStore {
    private static final String COLUMNS = "username, display_name, role, area_codes, enabled, password_hash, created_at, updated_at";

    private final JdbcOperations jdbc;

    UserStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", statement -> {
            statement.setString(1, username);
            return read(statement).stream().findFirst();
        });
    }

    List<UserAccount> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM app_user ORDER BY username", this::read);
    }

    boolean anyWithRole(String role) {
        return jdbc.prepareStatement("SELECT exists(SELECT 1 FROM app_user WHERE role = ? AND enabled)", statement -> {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }

    /** False when the username is taken. */
    boolean insert(UserAccount user) {
        return jdbc.prepareStatement("INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setString(1, user.username());
                    statement.setString(2, user.displayName());
                    statement.setString(3, user.role());
                    statement.setArray(4, codes(statement, user.areaCodes()));
                    statement.setBoolean(5, user.enabled());
                    statement.setString(6, user.passwordHash());
                    statement.setTimestamp(7, Timestamp.from(user.createdAt()));
                    statement.setTimestamp(8, Timestamp.from(user.updatedAt()));
                    return statement.executeUpdate() == 1;
                });
    }

    public void update(UserAccount user) {
        jdbc.prepareStatement("""
                UPDATE app_user SET display_name = ?, role = ?, area_codes = ?, enabled = ?, password_hash = ?, updated_at = ?
                WHERE username = ?""", statement -> {
            statement.setString(1, user.displayName());
            statement.setString(2, user.role());
            statement.setArray(3, codes(statement, user.areaCodes()));
            statement.setBoolean(4, user.enabled());
            statement.setString(5, user.passwordHash());
            statement.setTimestamp(6, Timestamp.from(user.updatedAt()));
            statement.setString(7, user.username());
            return statement.executeUpdate();
        });
    }

    private static Array codes(PreparedStatement statement, List<String> codes) throws SQLException {
        return statement.getConnection().createArrayOf("text", codes.toArray());
    }

    private List<UserAccount> read(PreparedStatement statement) throws SQLException {
        List<UserAccount> users = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                users.add(new UserAccount(rows.getString(1), rows.getString(2), rows.getString(3),
                        Arrays.stream((String[]) rows.getArray(4).getArray()).toList(), rows.getBoolean(5), rows.getString(6),
                        instant(rows.getTimestamp(7)), instant(rows.getTimestamp(8))));
            }
        }
        return users;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
