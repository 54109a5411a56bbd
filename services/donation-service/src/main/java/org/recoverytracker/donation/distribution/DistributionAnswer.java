package org.recoverytracker.donation.distribution;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

@Serdeable
public record DistributionAnswer(UUID distributionId, int version) {
}
