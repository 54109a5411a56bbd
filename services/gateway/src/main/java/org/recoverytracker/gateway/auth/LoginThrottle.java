package org.recoverytracker.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing: after {@code per-account} failed logins for one username (default 5), or
 * {@code per-address} failures from one client address (default 20, since an office or a mobile carrier puts many
 * officers behind one address), within {@code window} (15 minutes), further attempts are refused with 429 until the
 * oldest of those failures leaves the window, even with the right password. A successful login clears its username's
 * failures but not its address's. Kept in the database, so it holds across restarts and gateway instances.
 */
@Singleton
class LoginThrottle {
    private final JdbcOperations jdbc;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(JdbcOperations jdbc,
                  @Value("${recovery.identity.throttle.per-account:5}") int perAccount,
                  @Value("${recovery.identity.throttle.per-address:20}") int perAddress,
                  @Value("${recovery.identity.throttle.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long the caller must wait, when either limit is reached. */
    Optional<Duration> waitFor(String username, String address, Instant now) {
        Optional<Duration> account = waitFor("username", username, perAccount, now);
        Optional<Duration> client = waitFor("address", address, perAddress, now);
        return account.isPresent() && client.isPresent()
                ? Optional.of(account.get().compareTo(client.get()) >= 0 ? account.get() : client.get())
                : account.or(() -> client);
    }

    void failed(String username, String address, Instant now) {
        jdbc.prepareStatement("DELETE FROM login_failure WHERE failed_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now.minus(window)));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO login_failure (username, address, failed_at) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, username);
            statement.setString(2, address);
            statement.setTimestamp(3, Timestamp.from(now));
            return statement.executeUpdate();
        });
    }

    void succeeded(String username) {
        jdbc.prepareStatement("DELETE FROM login_failure WHERE username = ?", statement -> {
            statement.setString(1, username);
            return statement.executeUpdate();
        });
    }

    // column is one of two constants above, never user input
    private Optional<Duration> waitFor(String column, String value, int limit, Instant now) {
        return jdbc.prepareStatement("SELECT failed_at FROM login_failure WHERE " + column + " = ? AND failed_at >= ? "
                + "ORDER BY failed_at DESC OFFSET ? LIMIT 1", statement -> {
            statement.setString(1, value);
            statement.setTimestamp(2, Timestamp.from(now.minus(window)));
            statement.setInt(3, limit - 1);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.<Duration>empty();
                }
                // the limit-th most recent failure: once it leaves the window, fewer than the limit remain
                Duration wait = Duration.between(now, rows.getTimestamp(1).toInstant().plus(window));
                return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
        });
    }
}
