package org.recoverytracker.contracts.damage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Where the officer stood, as the phone reported it (WGS 84). */
@Serdeable
public record GeoPoint(BigDecimal lat, BigDecimal lon, @Nullable BigDecimal accuracyM) {
}
