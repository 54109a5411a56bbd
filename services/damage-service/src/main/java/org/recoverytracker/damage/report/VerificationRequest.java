package org.recoverytracker.damage.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST .../verification}: a rejection must say why (the field officer sees the reason). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record VerificationRequest(@NotNull Decision decision, @Nullable @Size(max = 2000) String reason) {

    public enum Decision {
        VERIFIED, REJECTED
    }
}
