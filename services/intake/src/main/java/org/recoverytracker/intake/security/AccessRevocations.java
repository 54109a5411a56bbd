package org.recoverytracker.intake.security;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recoverytracker.contracts.identity.UserAccessRevoked;

/**
 * The users whose earlier access tokens this service refuses, as the gateway published them on
 * {@link org.recoverytracker.contracts.Topics#ACCESS_REVOCATIONS}: per username, the time before which their tokens were
 * issued in vain. Held in memory (one entry per user ever disabled or reset) and checked on every request, so refusing
 * a disabled user costs no call to the gateway.
 */
@Singleton
public class AccessRevocations {
    private final Map<String, Instant> issuedBefore = new ConcurrentHashMap<>();

    /** Remembers a revocation; an older one arriving late never undoes a newer one. */
    public void apply(UserAccessRevoked revoked) {
        issuedBefore.merge(revoked.username(), revoked.tokensIssuedBefore(), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Whether a token of {@code username} issued at {@code issuedAt} (a JWT's {@code iat}, whole seconds) is revoked. */
    public boolean revoked(String username, Instant issuedAt) {
        Instant before = issuedBefore.get(username);
        return before != null && issuedAt.isBefore(before);
    }
}
