package org.recoverytracker.rebuild.versioning;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** The answer to a write: which version of the document now stands. */
@Serdeable
public record Receipt(UUID id, int version) {
}
