package org.recoverytracker.contracts.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.event.GoldenEventContract;

/** Pins the wire format of the access-revocation topic (see {@link GoldenEventContract}). */
class AccessEventGoldenTest extends GoldenEventContract<AccessEvent> {

    static UserAccessRevoked officerDisabled() {
        return new UserAccessRevoked(UUID.fromString("7b0c5e9a-2f1d-4c3b-8a6e-5d4c3b2a1f0e"), Instant.parse("2024-09-20T02:15:00Z"),
                "officer.baolam", 1, Instant.parse("2024-09-20T02:15:01Z"), "UserDisabled", "admin");
    }

    @Override
    protected Class<AccessEvent> root() {
        return AccessEvent.class;
    }

    @Override
    protected List<AccessEvent> oneOfEach() {
        return List.of(officerDisabled());
    }

    @Test
    void theRecordKeyIsTheUserSoCompactionKeepsTheirLatestRevocation() {
        assertEquals("user/officer.baolam", officerDisabled().entityId());
    }
}
