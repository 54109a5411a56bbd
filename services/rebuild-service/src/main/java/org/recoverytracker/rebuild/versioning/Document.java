package org.recoverytracker.rebuild.versioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a project, target or progress update as readers see it: the content the client sent, who recorded
 * this version and when, and who created the document. {@code parentId} is the project or target a progress update
 * belongs to.
 */
@Serdeable
public record Document<C>(
        UUID id,
        @Nullable UUID parentId,
        int version,
        C content,
        String recordedBy,
        Instant recordedAt,
        String createdBy,
        Instant createdAt) {
}
