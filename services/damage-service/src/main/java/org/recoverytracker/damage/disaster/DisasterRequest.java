package org.recoverytracker.damage.disaster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/v1/disasters}: the id is a readable slug such as {@code 2024-yagi}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DisasterRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,62}", message = "lower-case letters, digits and dashes, e.g. 2024-yagi") String id,
        @NotBlank @Size(max = 200) String nameVi,
        @NotBlank @Size(max = 200) String nameEn,
        @NotEmpty List<@NotBlank @Size(max = 40) String> hazards,
        @NotNull LocalDate startDate,
        @NotEmpty List<@NotBlank @Pattern(regexp = "[0-9]{2}", message = "a two-digit GSO province code") String> provinces) {
}
