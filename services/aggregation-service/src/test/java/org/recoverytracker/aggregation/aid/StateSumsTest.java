package org.recoverytracker.aggregation.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.aid.AidResponses.StateTotals;

class StateSumsTest {
    private static final Instant AT = Instant.parse("2024-09-20T03:00:00Z");

    private static AidLine cash(UUID movement, String donor, boolean anonymous, String currency, long amount, long vnd,
                                Integer households) {
        return new AidLine(movement, AidState.DISTRIBUTED, "2024-yagi", "01267", null, "HOUSING", households, AT,
                UUID.nameUUIDFromBytes(donor.getBytes()), donor, "INDIVIDUAL", anonymous, currency, null, null,
                BigDecimal.valueOf(amount), vnd);
    }

    private static AidLine goods(UUID movement, String item, String quantity, String unit, long vnd) {
        return new AidLine(movement, AidState.DISTRIBUTED, null, null, null, null, 120, AT, null, null, null, false, null, item,
                unit, new BigDecimal(quantity), vnd);
    }

    @Test
    void moneyAddsUpPerCurrencyWithItsVndEquivalent() {
        StateSums sums = new StateSums();
        sums.add(cash(UUID.randomUUID(), "A", false, "VND", 100, 100, null));
        sums.add(cash(UUID.randomUUID(), "A", false, "USD", 1_000, 253_850, null));
        sums.add(cash(UUID.randomUUID(), "A", false, "VND", 5, 5, null));

        StateTotals totals = sums.totals(false);

        assertThat(totals.cash()).extracting(c -> c.currency() + " " + c.amount() + " = " + c.vndEquivalent())
                .containsExactly("USD 1000 = 253850", "VND 105 = 105");
        assertThat(totals.valueVnd()).isEqualTo(253_955);
        assertThat(totals.households()).isNull();
    }

    @Test
    void goodsAddUpPerItemAndUnitWithoutSpuriousDecimals() {
        StateSums sums = new StateSums();
        sums.add(goods(UUID.randomUUID(), "Gạo", "2.500", "t", 37_500_000));
        sums.add(goods(UUID.randomUUID(), "Gạo", "2.5", "t", 37_500_000));
        sums.add(goods(UUID.randomUUID(), "Gạo", "40", "bao", 8_000_000));

        assertThat(sums.totals(false).inKind()).extracting(g -> g.item() + " " + g.quantity().toPlainString() + " " + g.unit())
                .containsExactly("Gạo 40 bao", "Gạo 5 t");
    }

    @Test
    void aDonorGivingTwiceCountsOnceAndEachAnonymousDonationAlone() {
        StateSums sums = new StateSums();
        sums.add(cash(UUID.randomUUID(), "Nguyễn Văn A", false, "VND", 1, 1, null));
        sums.add(cash(UUID.randomUUID(), "nguyễn văn a ", false, "VND", 1, 1, null));
        sums.add(cash(UUID.randomUUID(), "B", true, "VND", 1, 1, null));
        sums.add(cash(UUID.randomUUID(), "C", true, "VND", 1, 1, null));

        assertThat(sums.totals(false).donors()).containsEntry("INDIVIDUAL", 3);
    }

    @Test
    void householdsCountOncePerDistributionWhateverItsLines() {
        UUID distribution = UUID.randomUUID();
        StateSums sums = new StateSums();
        sums.add(cash(distribution, "A", false, "VND", 1, 1, 120));
        sums.add(goods(distribution, "Gạo", "1", "t", 1));
        sums.add(cash(UUID.randomUUID(), "A", false, "VND", 1, 1, 30));

        assertThat(sums.totals(true).households()).isEqualTo(150);
    }
}
