package org.recoverytracker.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.identity.UserAccessRevoked;

class AccessRevocationsTest {
    private static final Instant DISABLED = Instant.parse("2024-09-20T02:15:01Z");
    private final AccessRevocations revocations = new AccessRevocations();

    private static UserAccessRevoked revoked(String username, Instant tokensIssuedBefore) {
        return new UserAccessRevoked(UUID.randomUUID(), tokensIssuedBefore, username, 1, tokensIssuedBefore, "UserDisabled", "admin");
    }

    @Test
    void tokensIssuedBeforeTheRevocationAreRefusedAndLaterOnesAccepted() {
        revocations.apply(revoked("officer.baolam", DISABLED));

        assertThat(revocations.revoked("officer.baolam", DISABLED.minusSeconds(600))).isTrue();
        assertThat(revocations.revoked("officer.baolam", DISABLED)).as("signed in again after being enabled").isFalse();
        assertThat(revocations.revoked("officer.caobang", DISABLED.minusSeconds(600))).as("other users are untouched").isFalse();
    }

    @Test
    void anOlderRevocationReadLateNeverUndoesANewerOne() {
        revocations.apply(revoked("officer.baolam", DISABLED));
        revocations.apply(revoked("officer.baolam", DISABLED.minusSeconds(3600)));

        assertThat(revocations.revoked("officer.baolam", DISABLED.minusSeconds(60))).isTrue();
    }
}
