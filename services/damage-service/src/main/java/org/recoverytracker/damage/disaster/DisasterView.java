package org.recoverytracker.damage.disaster;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record DisasterView(String id, String nameVi, String nameEn, List<String> hazards, LocalDate startDate,
                           List<String> provinces, String declaredBy, Instant declaredAt) {
}
