package org.recoverytracker.rebuild.versioning;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record DocumentPage<C>(List<Document<C>> items, int page, int size, long total) {
}
