package org.recoverytracker.contracts.damage;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A disaster that reports can refer to; {@code disasterId} is a slug such as {@code 2024-yagi}. */
@Serdeable
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

    @Override
    public String entityId() {
        return disasterId;
    }
}
