package org.recoverytracker.contracts.damage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * A disaster that reports can refer to; {@code disasterId} is a slug such as {@code 2024-yagi}, {@code provinces}
 * are GSO province codes ({@code 04}) and {@code startDate} picks the default boundary version of its totals.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisasterDeclared(
        UUID eventId,
        Instant occurredAt,
        String disasterId,
        int version,
        String nameVi,
        String nameEn,
        List<String> hazards,
        LocalDate startDate,
        List<String> provinces,
        String declaredBy) implements DamageEvent {

    public DisasterDeclared {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        hazards = List.copyOf(Objects.requireNonNull(hazards, "hazards"));
        Objects.requireNonNull(startDate, "startDate");
        provinces = List.copyOf(Objects.requireNonNull(provinces, "provinces"));
        Objects.requireNonNull(declaredBy, "declaredBy");
    }

    @Override
    public String entityId() {
        return disasterId;
    }
}
