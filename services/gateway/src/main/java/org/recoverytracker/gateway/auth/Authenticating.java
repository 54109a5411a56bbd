package org.recoverytracker.gateway.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.gateway.identity.AccessRevocationLog;
import org.recoverytracker.gateway.identity.PasswordHashing;
import org.recoverytracker.gateway.identity.RefreshTokens;
import org.recoverytracker.gateway.identity.UserAccount;
import org.recoverytracker.gateway.identity.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login, refresh and logout. Answers are results, not exceptions, so what must be kept when a request is refused (a
 * failed attempt, a revoked token family) commits with it.
 */
@Singleton
public class Authenticating {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticating.class);

    private final UserStore users;
    private final PasswordHashing hashing;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final RefreshSuccessors successors;
    private final AccessRevocationLog revocations;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration refreshLifetime;
    private final Duration retryWindow;

    Authenticating(UserStore users, PasswordHashing hashing, RefreshTokens refreshTokens, AccessTokens accessTokens,
                   RefreshSuccessors successors, AccessRevocationLog revocations, LoginThrottle throttle, Clock clock,
                   @Value("${recovery.identity.refresh-token-ttl:30d}") Duration refreshLifetime,
                   @Value("${recovery.identity.refresh-retry-window:2m}") Duration retryWindow) {
        this.users = users;
        this.hashing = hashing;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.successors = successors;
        this.revocations = revocations;
        this.throttle = throttle;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
        this.retryWindow = retryWindow;
    }

    public sealed interface Outcome {
    }

    public record SignedIn(Session session) implements Outcome {
    }

    /** Wrong username or password, or a refresh token that is unknown, used, revoked or expired. */
    public record Refused(String reason) implements Outcome {
    }

    /** The password was right, but an admin disabled the account. */
    public record Disabled() implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    @Transactional
    public Outcome login(String username, String password, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitFor(name, address, now);
        if (wait.isPresent()) {
            LOG.warn("login for {} from {} throttled for {} s", name, address, wait.get().toSeconds());
            return new Throttled(wait.get());
        }
        Optional<UserAccount> user = users.find(name);
        boolean matches = user.isPresent() ? hashing.verify(password, user.get().passwordHash()) : hashing.verifyNobody(password);
        if (!matches) {
            throttle.failed(name, address, now);
            LOG.info("failed login for {} from {}", name, address);
            return new Refused("the username or password is wrong");
        }
        if (!user.get().enabled()) {
            return new Disabled();
        }
        throttle.succeeded(name, address);
        UserAccount account = user.get();
        if (hashing.needsRehash(account.passwordHash())) {
            account = new UserAccount(account.username(), account.displayName(), account.role(), account.areaCodes(), true,
                    hashing.hash(password), account.createdAt(), now);
            users.update(account);
        }
        LOG.info("{} signed in from {}", name, address);
        UUID family = UUID.randomUUID();
        String refresh = refreshTokens.issue(account.username(), family, now, now.plus(refreshLifetime));
        return new SignedIn(session(account, refresh, refreshLifetime, now));
    }

    /**
     * A refresh token works once; the answer carries its successor. Presenting a replaced token again within
     * {@code refresh-retry-window} of its replacement, while that successor is still unused, is a retry after a lost
     * answer: it gets the same successor again (and a new access token). Any other reuse means the token was copied
     * and revokes its whole family.
     */
    @Transactional
    public Outcome refresh(String token) {
        Instant now = clock.instant();
        Optional<RefreshTokens.Stored> found = refreshTokens.findForUpdate(token);
        if (found.isEmpty()) {
            return new Refused("unknown refresh token");
        }
        RefreshTokens.Stored stored = found.get();
        if (RefreshTokens.ROTATED.equals(stored.revokedReason())) {
            Optional<Session> again = retried(token, stored, now);
            if (again.isPresent()) {
                return new SignedIn(again.get());
            }
            int revoked = refreshTokens.revokeFamily(stored.family(), RefreshTokens.REUSED, now);
            LOG.warn("refresh token of {} used a second time: revoked {} token(s) of its family", stored.username(), revoked);
            return new Refused("this refresh token was already used; sign in again");
        }
        if (!stored.usableAt(now)) {
            return new Refused("the refresh token is revoked or expired; sign in again");
        }
        Optional<UserAccount> user = users.find(stored.username()).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            refreshTokens.revokeAll(stored.username(), RefreshTokens.USER_CHANGED, now);
            return new Refused("the account is disabled");
        }
        refreshTokens.revoke(stored, RefreshTokens.ROTATED, now);
        String successor = successors.of(token);
        refreshTokens.store(successor, stored.username(), stored.family(), now, now.plus(refreshLifetime));
        return new SignedIn(session(user.get(), successor, refreshLifetime, now));
    }

    private Optional<Session> retried(String token, RefreshTokens.Stored stored, Instant now) {
        if (stored.revokedAt() == null || now.isAfter(stored.revokedAt().plus(retryWindow))) {
            return Optional.empty();
        }
        String successor = successors.of(token);
        Optional<RefreshTokens.Stored> unused = refreshTokens.findForUpdate(successor).filter(s -> s.usableAt(now));
        Optional<UserAccount> user = users.find(stored.username()).filter(UserAccount::enabled);
        if (unused.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        LOG.info("refresh of {} retried {} ms after it was answered: the same successor again", stored.username(),
                Duration.between(stored.revokedAt(), now).toMillis());
        return Optional.of(session(user.get(), successor, Duration.between(now, unused.get().expiresAt()), now));
    }

    /** Ends the session the token belongs to; an unknown token is not an error (logging out twice is fine). */
    @Transactional
    public void logout(String token) {
        refreshTokens.findForUpdate(token).ifPresent(stored -> refreshTokens.revokeFamily(stored.family(), RefreshTokens.LOGGED_OUT,
                clock.instant()));
    }

    private Session session(UserAccount user, String refresh, Duration refreshExpiresIn, Instant now) {
        AccessTokens.Minted access = accessTokens.mint(user, revocations.earliestIssueTime(user.username(), now), now);
        return new Session(access.token(), "Bearer", access.expiresIn(), refresh, refreshExpiresIn.toSeconds(), user.view());
    }
}
