package org.recoverytracker.aggregation.aid;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.aggregation.aid.AidResponses.LedgerEntry;
import org.recoverytracker.aggregation.aid.AidResponses.LedgerPage;
import org.recoverytracker.aggregation.aid.AidResponses.PublicDonor;
import org.recoverytracker.aggregation.aid.AidResponses.StateTotals;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.contracts.area.Area;

/**
 * The login-free transparency ledger (Decree 93/2021/NĐ-CP): every receipt and allocation within an area, newest first,
 * paged. Anonymous donors are shown as such, never by name.
 */
@Singleton
public class PublicAidLedger {
    /** What the ledger shows instead of an anonymous donor's name. */
    static final String ANONYMOUS = "Ẩn danh";

    private final AidTotals totals;
    private final AidScopes scopes;

    PublicAidLedger(AidTotals totals, AidScopes scopes) {
        this.totals = totals;
        this.scopes = scopes;
    }

    @ReadOnly
    public LedgerPage page(Optional<String> disasterId, Optional<String> areaCode, Optional<LocalDate> boundaries, int page,
                           int size) {
        Scope scope = scopes.resolve(disasterId, areaCode, boundaries);
        Map<UUID, List<AidTotals.Placed>> byMovement = new LinkedHashMap<>();
        totals.place(scope, EnumSet.of(AidState.RECEIVED, AidState.ALLOCATED)).stream()
                .filter(p -> scope.view().isWithin(p.areaCode(), scope.area().code()))
                .forEach(p -> byMovement.computeIfAbsent(p.line().movementId(), id -> new ArrayList<>()).add(p));
        List<LedgerEntry> items = byMovement.values().stream().skip((long) page * size).limit(size)
                .map(lines -> entry(lines, scope)).toList();
        return new LedgerPage(scope.disasterId(), scope.view().version().id(), items, page, size, byMovement.size());
    }

    private static LedgerEntry entry(List<AidTotals.Placed> lines, Scope scope) {
        AidLine first = lines.getFirst().line();
        StateSums sums = new StateSums();
        lines.forEach(p -> sums.add(p.line()));
        StateTotals total = sums.totals(false);
        Area area = scope.view().area(lines.getFirst().areaCode()).orElseGet(scope.view()::root);
        PublicDonor donor = first.donorName() == null ? null
                : new PublicDonor(first.anonymous() ? ANONYMOUS : first.donorName(), first.donorType(), first.anonymous());
        return new LedgerEntry(first.state() == AidState.RECEIVED ? "RECEIPT" : "ALLOCATION", first.movementId(),
                first.occurredAt(), donor, first.disasterId(), AreaRef.of(area), first.sector(), total.cash(), total.inKind(),
                total.valueVnd());
    }
}
