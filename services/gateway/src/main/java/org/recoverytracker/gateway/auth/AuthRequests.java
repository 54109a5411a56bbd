package org.recoverytracker.gateway.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of {@code /api/v1/auth/*}. */
final class AuthRequests {
    private AuthRequests() {
    }

    @Serdeable
    record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 1024) String password) {
    }

    @Serdeable
    record Refresh(@NotBlank @Size(max = 256) String refreshToken) {
    }
}
