package org.recoverytracker.donation.allocation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

@Serdeable
public record AllocationAnswer(UUID allocationId, int version) {
}
