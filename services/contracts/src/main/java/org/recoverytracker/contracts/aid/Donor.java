package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Objects;

/**
 * The giver. The name travels even when {@code anonymous} (the receiving office must keep it, Decree 93/2021);
 * anything shown to the public must then say "anonymous" instead.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Donor(String name, DonorType type, boolean anonymous) {

    public Donor {
        Objects.requireNonNull(name, "donor.name");
        Objects.requireNonNull(type, "donor.type");
    }
}
