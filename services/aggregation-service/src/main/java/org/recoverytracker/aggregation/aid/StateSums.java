package org.recoverytracker.aggregation.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.recoverytracker.aggregation.aid.AidResponses.CashSum;
import org.recoverytracker.aggregation.aid.AidResponses.GoodsSum;
import org.recoverytracker.aggregation.aid.AidResponses.StateTotals;

/**
 * Adds up lines of one state: money per currency (minor units and VND equivalent), goods per item and unit, donors
 * per type counted once each, households once per distribution. Pure, so roll-up is plain addition of lines.
 */
final class StateSums {
    private final Map<String, CashSum> cash = new TreeMap<>();
    private final Map<String, GoodsSum> goods = new TreeMap<>();
    private final Map<String, Set<String>> donors = new TreeMap<>();
    private final Map<UUID, Integer> households = new HashMap<>();
    private long valueVnd;

    void add(AidLine line) {
        valueVnd += line.valueVnd();
        if (line.isCash()) {
            cash.merge(line.currency(), new CashSum(line.currency(), line.quantity().longValueExact(), line.valueVnd()),
                    (a, b) -> new CashSum(a.currency(), a.amount() + b.amount(), a.vndEquivalent() + b.vndEquivalent()));
        } else {
            goods.merge(line.item() + "\u0000" + line.unit(), new GoodsSum(line.item(), line.quantity(), line.unit(), line.valueVnd()),
                    (a, b) -> new GoodsSum(a.item(), a.quantity().add(b.quantity()), a.unit(),
                            a.estimatedValueVnd() + b.estimatedValueVnd()));
        }
        if (line.donorKey() != null) {
            donors.computeIfAbsent(line.donorType(), type -> new HashSet<>()).add(line.donorKey());
        }
        if (line.households() != null) {
            households.put(line.movementId(), line.households());
        }
    }

    /** The totals; {@code households} only for distributions (null, so left out, for the other states). */
    StateTotals totals(boolean withHouseholds) {
        Map<String, Integer> donorCounts = new TreeMap<>();
        donors.forEach((type, keys) -> donorCounts.put(type, keys.size()));
        List<GoodsSum> inKind = goods.values().stream()
                .map(g -> new GoodsSum(g.item(), plain(g.quantity()), g.unit(), g.estimatedValueVnd())).toList();
        return new StateTotals(new ArrayList<>(cash.values()), inKind, valueVnd, donorCounts,
                withHouseholds ? households.values().stream().mapToInt(Integer::intValue).sum() : null);
    }

    /** {@code 5.000} as {@code 5}, never {@code 5E+0}. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
