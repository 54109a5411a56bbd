package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a donor promised: for a disaster ({@code disasterId}, optional: the general fund otherwise) and possibly for an
 * area ({@code targetAreaCode}, a GSO code valid on the pledge date).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pledge(
        Donor donor,
        @Nullable String disasterId,
        @Nullable String targetAreaCode,
        Instant pledgedAt,
        List<Cash> cash,
        List<InKindItem> inKind,
        @Nullable String note) {

    public Pledge {
        Objects.requireNonNull(donor, "donor");
        Objects.requireNonNull(pledgedAt, "pledgedAt");
        AidChecks.lines(cash, inKind);
        cash = List.copyOf(cash);
        inKind = List.copyOf(inKind);
    }
}
