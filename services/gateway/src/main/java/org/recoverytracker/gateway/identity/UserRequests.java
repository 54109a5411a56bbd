package org.recoverytracker.gateway.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What admins send to {@code /api/v1/users}. */
public final class UserRequests {
    private UserRequests() {
    }

    @Serdeable
    public record NewUser(@NotBlank String username, @NotBlank String password, @NotBlank String displayName, @NotBlank String role,
                          @Nullable List<String> areaCodes) {
    }

    @Serdeable
    public record Areas(@NotNull List<String> areaCodes) {
    }

    @Serdeable
    public record Role(@NotBlank String role) {
    }

    @Serdeable
    public record Password(@NotBlank String password) {
    }
}
