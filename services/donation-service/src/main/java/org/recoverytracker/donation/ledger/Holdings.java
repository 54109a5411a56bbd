package org.recoverytracker.donation.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** Sums of one state of aid: money per currency with its VND equivalent, goods per item and unit, and the VND total. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Holdings(List<CashTotal> cash, List<GoodsTotal> inKind, long valueVnd) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CashTotal(String currency, long amount, long vndEquivalent) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GoodsTotal(String item, BigDecimal quantity, String unit, long estimatedValueVnd) {
    }
}
