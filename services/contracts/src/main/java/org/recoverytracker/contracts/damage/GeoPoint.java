package org.recoverytracker.contracts.damage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Objects;

/** Where the officer stood, as the phone reported it (WGS 84 degrees; accuracy in metres). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeoPoint(BigDecimal lat, BigDecimal lon, @Nullable BigDecimal accuracyM) {

    public GeoPoint {
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(lon, "lon");
    }
}
