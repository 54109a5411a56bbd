package org.recoverytracker.contracts.aid;

import java.util.List;
import java.util.Objects;

/** What every aid movement carries: at least one line of money or goods. */
final class AidChecks {
    private AidChecks() {
    }

    static void lines(List<Cash> cash, List<InKindItem> inKind) {
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(inKind, "inKind");
        if (cash.isEmpty() && inKind.isEmpty()) {
            throw new IllegalArgumentException("aid must move some cash or some goods");
        }
    }
}
