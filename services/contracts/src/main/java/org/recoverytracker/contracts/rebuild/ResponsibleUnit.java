package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Objects;

/**
 * The office answerable for a project or target, e.g. {@code SXD} "Sở Xây dựng Cao Bằng". Units are ranked by
 * {@code code}; the name is for display.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponsibleUnit(String code, String name) {

    public ResponsibleUnit {
        Objects.requireNonNull(code, "responsibleUnit.code");
        Objects.requireNonNull(name, "responsibleUnit.name");
    }
}
