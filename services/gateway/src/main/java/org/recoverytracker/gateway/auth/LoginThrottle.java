package org.recoverytracker.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows password guessing without handing a guesser the power to lock the real user out. Within {@code window}
 * (15 minutes), further logins are refused with 429 until the oldest counted failure leaves the window:
 * <ul>
 *   <li>from an address, for a username, after {@code per-account-and-address} failures of that pair (default 5) —
 *       the guesser, even if they then type the right password;</li>
 *   <li>from an address, for any username, after {@code per-address} failures from it (default 20, since an office or
 *       a mobile carrier puts many officers behind one address);</li>
 *   <li>for a username, after {@code per-account} failures from all addresses together (default 100: guessing from
 *       many addresses), but only from addresses that have themselves failed for it. An address that has not is let
 *       through, so the officer on their own phone still signs in; a wrong password makes it a failing address too.</li>
 * </ul>
 * A successful login clears its username's failures from its address only, so signing in elsewhere does not reset a
 * guesser. Kept in the database, so it holds across restarts and gateway instances.
 */
@Singleton
class LoginThrottle {
    private static final String PAIR = "username = ? AND address = ?";
    private static final String ADDRESS = "address = ?";
    private static final String ACCOUNT = "username = ?";

    private final JdbcOperations jdbc;
    private final int perPair;
    private final int perAddress;
    private final int perAccount;
    private final Duration window;

    LoginThrottle(JdbcOperations jdbc,
                  @Value("${recovery.identity.throttle.per-account-and-address:5}") int perPair,
                  @Value("${recovery.identity.throttle.per-address:20}") int perAddress,
                  @Value("${recovery.identity.throttle.per-account:100}") int perAccount,
                  @Value("${recovery.identity.throttle.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.perPair = perPair;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
        this.window = window;
    }

    /** How long the caller must wait, when a limit is reached; the longest wait when several are. */
    Optional<Duration> waitFor(String username, String address, Instant now) {
        Optional<Duration> pair = waitFor(PAIR, List.of(username, address), perPair, now);
        Optional<Duration> client = waitFor(ADDRESS, List.of(address), perAddress, now);
        Optional<Duration> account = waitFor(ACCOUNT, List.of(username), perAccount, now)
                .filter(wait -> waitFor(PAIR, List.of(username, address), 1, now).isPresent());
        return Stream.of(pair, client, account).flatMap(Optional::stream).max(Duration::compareTo);
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

    void succeeded(String username, String address) {
        jdbc.prepareStatement("DELETE FROM login_failure WHERE " + PAIR, statement -> {
            statement.setString(1, username);
            statement.setString(2, address);
            return statement.executeUpdate();
        });
    }

    // where is one of the constants above, never user input
    private Optional<Duration> waitFor(String where, List<String> values, int limit, Instant now) {
        return jdbc.prepareStatement("SELECT failed_at FROM login_failure WHERE " + where + " AND failed_at >= ? "
                + "ORDER BY failed_at DESC OFFSET ? LIMIT 1", statement -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            statement.setTimestamp(values.size() + 1, Timestamp.from(now.minus(window)));
            statement.setInt(values.size() + 2, limit - 1);
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
