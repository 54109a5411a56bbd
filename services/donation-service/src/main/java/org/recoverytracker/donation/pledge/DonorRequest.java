package org.recoverytracker.donation.pledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.recoverytracker.contracts.aid.DonorType;

/** Who gives; an anonymous donor's name is kept here but never shown on the public ledger. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DonorRequest(@NotBlank @Size(max = 300) String name, @NotNull DonorType type, boolean anonymous) {
}
