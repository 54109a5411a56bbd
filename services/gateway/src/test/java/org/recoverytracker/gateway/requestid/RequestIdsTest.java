package org.recoverytracker.gateway.requestid;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestIdsTest {

    @Test
    void keepsACallersPlainId() {
        assertEquals("phone-42:retry.3", RequestIds.adoptOrCreate("phone-42:retry.3"));
    }

    @Test
    void replacesAMissingOrForgedIdWithAFreshUuid() {
        for (String offered : new String[]{null, "", "a b", "x\nFAKE LOG LINE", "x".repeat(129)}) {
            String id = RequestIds.adoptOrCreate(offered);
            assertNotEquals(offered, id);
            assertDoesNotThrow(() -> UUID.fromString(id));
        }
    }
}
