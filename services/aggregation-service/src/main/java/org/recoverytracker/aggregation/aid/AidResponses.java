package org.recoverytracker.aggregation.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;

/** The JSON answers of the aid totals and the public aid ledger. */
final class AidResponses {

    private AidResponses() {
    }

    /** Money of one currency: {@code amount} in its minor unit, and its VND equivalent as computed on intake. */
    @Serdeable
    record CashSum(String currency, long amount, long vndEquivalent) {
    }

    @Serdeable
    record GoodsSum(String item, BigDecimal quantity, String unit, long estimatedValueVnd) {
    }

    /**
     * One state of aid in an area: money per currency, goods per item and unit, their VND value, the donors by type
     * (each donor once), and for distributions the households reached.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StateTotals(List<CashSum> cash, List<GoodsSum> inKind, long valueVnd, Map<String, Integer> donors,
                       @Nullable Integer households) {
    }

    /**
     * VND value per state of the aid one kind of donor gave (the contract's {@code DonorType}, or {@code POOLED} for
     * allocations and distributions from the pooled fund, which have no donor).
     */
    @Serdeable
    record DonorTypeTotals(long pledged, long received, long allocated, long distributed) {
    }

    @Serdeable
    record ChildTotals(String code, String name, StateTotals pledged, StateTotals received, StateTotals allocated,
                       StateTotals distributed) {
    }

    /**
     * {@code GET /api/v1/totals/aid}: everything within the area (it and every area below it), per state; a pledge is
     * shown but is not funding. {@code disasterId} null: all aid.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AidTotals(AreaRef area, @Nullable String disasterId, String boundaries, StateTotals pledged, StateTotals received,
                     StateTotals allocated, StateTotals distributed, Map<String, DonorTypeTotals> byDonorType,
                     List<ChildTotals> children) {
    }

    /** The public name of a donor: anonymous donors are shown as such, never by name. */
    @Serdeable
    record PublicDonor(String name, String type, boolean anonymous) {
    }

    /** One receipt or allocation on the public ledger; {@code donor} is null for an allocation from the pooled fund. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LedgerEntry(String kind, UUID id, Instant at, @Nullable PublicDonor donor, @Nullable String disasterId, AreaRef area,
                       @Nullable String sector, List<CashSum> cash, List<GoodsSum> inKind, long valueVnd) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LedgerPage(@Nullable String disasterId, String boundaries, List<LedgerEntry> items, int page, int size, long total) {
    }
}
