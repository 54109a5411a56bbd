package org.recoverytracker.damage.photo;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A stored photo as readers see it (the image itself is at its own URL); {@code sha256} in lower-case hex. */
@Serdeable
public record PhotoView(UUID reportId, UUID photoId, String contentType, int sizeBytes, String sha256, String uploadedBy,
                        Instant uploadedAt) {
}
