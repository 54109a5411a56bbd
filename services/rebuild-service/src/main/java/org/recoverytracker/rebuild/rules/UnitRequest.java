package org.recoverytracker.rebuild.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.recoverytracker.contracts.rebuild.ResponsibleUnit;

/** The responsible unit of a project or target: units are ranked by {@code code}, so it is a stable short code. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record UnitRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}", message = "a short code such as SXD") String code,
        @NotBlank @Size(max = 200) String name) {

    public ResponsibleUnit toUnit() {
        return new ResponsibleUnit(code, name);
    }
}
