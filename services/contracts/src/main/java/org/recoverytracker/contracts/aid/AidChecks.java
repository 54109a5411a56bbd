package org.recoverytracker.contracts.aid;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What every aid movement carries: at least one line of money or goods, and who recorded it when. */
final class AidChecks {
    private AidChecks() {
    }

    static void movement(List<Cash> cash, List<InKindItem> inKind, String recordedBy, Instant recordedAt) {
        lines(cash, inKind);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    static void lines(List<Cash> cash, List<InKindItem> inKind) {
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(inKind, "inKind");
        if (cash.isEmpty() && inKind.isEmpty()) {
            throw new IllegalArgumentException("aid must move some cash or some goods");
        }
    }
}
