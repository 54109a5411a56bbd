package org.recoverytracker.rebuild.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.rebuild.rules.Checks;
import org.recoverytracker.rebuild.rules.Slugs;
import org.recoverytracker.rebuild.rules.UnitRequest;

/**
 * {@code PUT /api/v1/recovery-projects/{projectId}}. {@code sector} is a PDNA sector in any letter case;
 * {@code budgetVnd} whole VND. Unknown fields are refused, as in every intake request.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProjectRequest(
        @NotBlank @Pattern(regexp = Slugs.DISASTER, message = Slugs.DISASTER_MESSAGE) String disasterId,
        @NotBlank @Size(max = 16) String areaCode,
        @NotBlank @Size(max = 40) String sector,
        @NotBlank @Pattern(regexp = Slugs.KIND, message = Slugs.KIND_MESSAGE) String kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Valid UnitRequest responsibleUnit,
        @NotNull @Valid OutputRequest target,
        @NotNull BigDecimal budgetVnd,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        @Nullable @Size(max = 200) String fundingSource) {

    /** The contract's view of a request that passed {@link ProjectRules}. */
    RecoveryProject toProject() {
        return new RecoveryProject(disasterId, areaCode, Checks.named(Sector.class, sector).orElseThrow(), kind, title,
                responsibleUnit.toUnit(), target.toOutput(), budgetVnd.longValueExact(), plannedStart, plannedEnd,
                fundingSource);
    }
}
