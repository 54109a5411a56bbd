package org.recoverytracker.donation.ledger;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.InKindItem;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.intake.problem.Problem.InvalidParam;

/**
 * The checks every aid movement shares, each adding to the caller's list so a client hears of every bad field at
 * once: times not in the future, areas valid on the movement's own date, money and goods that can be counted, and
 * no more taken from a state than is left in it.
 */
@Singleton
public class AidRules {
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Duration allowedSkew;

    AidRules(Gazetteer gazetteer, Clock clock, @Value("${recovery.donation.allowed-clock-skew:5m}") Duration allowedSkew) {
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    /** Free text as stored: stripped, and left out when blank. */
    @Nullable
    public static String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean notInFuture(Instant time, String field, List<InvalidParam> invalid) {
        if (time.isAfter(clock.instant().plus(allowedSkew))) {
            invalid.add(new InvalidParam(field, "is in the future"));
            return false;
        }
        return true;
    }

    /** The area {@code code} means on the date of {@code at}; refused when it was not valid then. */
    public Optional<Area> area(String code, Instant at, String field, List<InvalidParam> invalid) {
        Optional<Area> area = gazetteer.find(code, at);
        if (area.isEmpty()) {
            invalid.add(new InvalidParam(field, "no area " + code + " was valid on " + Gazetteer.dateOf(at)));
        }
        return area;
    }

    /** Whether {@code code} is {@code ancestor} or lies inside it, in the boundaries valid at {@code at}. */
    public boolean isWithin(String code, String ancestor, Instant at) {
        return gazetteer.versionAt(at).map(v -> gazetteer.isWithin(code, ancestor, v)).orElse(false);
    }

    /**
     * Money and goods in the contract's shape: ISO currencies, a rate for foreign money (and none for VND), each
     * currency and each item/unit once, and at least one line. {@code null} lists count as empty.
     */
    public Lines lines(@Nullable List<CashLine> cash, @Nullable List<GoodsLine> goods, List<InvalidParam> invalid) {
        List<Cash> money = new ArrayList<>();
        List<CashLine> cashLines = cash == null ? List.of() : cash;
        List<GoodsLine> goodsLines = goods == null ? List.of() : goods;
        Set<String> currencies = new HashSet<>();
        for (int i = 0; i < cashLines.size(); i++) {
            cash(cashLines.get(i), "cash[" + i + "]", currencies, invalid).ifPresent(money::add);
        }
        List<InKindItem> items = new ArrayList<>();
        Set<Asset> seen = new HashSet<>();
        for (int i = 0; i < goodsLines.size(); i++) {
            GoodsLine g = goodsLines.get(i);
            if (!seen.add(Asset.goods(g.item().strip(), g.unit().strip()))) {
                invalid.add(new InvalidParam("inKind[" + i + "].item", g.item() + " in " + g.unit() + " is listed twice"));
            } else {
                items.add(new InKindItem(g.item().strip(), g.quantity(), g.unit().strip(), g.estimatedValueVnd().longValueExact()));
            }
        }
        if (cashLines.isEmpty() && goodsLines.isEmpty()) {
            invalid.add(new InvalidParam("cash", "give some cash or some goods (inKind)"));
        }
        return new Lines(money, items);
    }

    private Optional<Cash> cash(CashLine line, String field, Set<String> currencies, List<InvalidParam> invalid) {
        try {
            Cash.minorDigits(line.currency());
        } catch (IllegalArgumentException e) {
            invalid.add(new InvalidParam(field + ".currency", line.currency() + " is not an ISO 4217 currency"));
            return Optional.empty();
        }
        if (!currencies.add(line.currency())) {
            invalid.add(new InvalidParam(field + ".currency", line.currency() + " is listed twice"));
            return Optional.empty();
        }
        boolean vnd = Cash.VND.equals(line.currency());
        if (vnd && line.vndRate() != null) {
            invalid.add(new InvalidParam(field + ".vndRate", "VND needs no rate"));
            return Optional.empty();
        }
        if (!vnd && line.vndRate() == null) {
            invalid.add(new InvalidParam(field + ".vndRate", "the rate used for " + line.currency()
                    + " is needed (đồng per one " + line.currency() + ")"));
            return Optional.empty();
        }
        return Optional.of(Cash.converted(line.currency(), line.amount().longValueExact(), line.vndRate()));
    }

    /**
     * Refuses every line that asks for more than is left in {@code available}, naming the line and the shortfall;
     * {@code source} says where it would come from ("donation X's unallocated receipts").
     */
    public static void covers(Lines wanted, Map<Asset, BigDecimal> available, String source, List<InvalidParam> invalid) {
        for (Lines.Line line : wanted.lines()) {
            BigDecimal left = available.getOrDefault(line.asset(), BigDecimal.ZERO).max(BigDecimal.ZERO);
            if (line.quantity().compareTo(left) > 0) {
                Asset asset = line.asset();
                invalid.add(new InvalidParam(line.field(), "asks for " + asset.describe(line.quantity()) + " but only "
                        + asset.describe(left) + " is left in " + source + ": " + asset.describe(line.quantity().subtract(left))
                        + " short"));
            }
        }
    }

    /**
     * Refuses a new content for something others already drew on ({@code taken}, per asset) when it would hold less
     * than was taken: an amended pledge must still cover what was received.
     */
    public static void keeps(Lines content, Map<Asset, BigDecimal> taken, String drawnAs, List<InvalidParam> invalid) {
        Map<Asset, Lines.Line> byAsset = new HashMap<>();
        content.lines().forEach(line -> byAsset.put(line.asset(), line));
        taken.forEach((asset, quantity) -> {
            Lines.Line line = byAsset.get(asset);
            if (line == null || line.quantity().compareTo(quantity) < 0) {
                String field = line != null ? line.field() : asset.kind() == Asset.Kind.CASH ? "cash" : "inKind";
                invalid.add(new InvalidParam(field, asset.describe(quantity) + " was already " + drawnAs
                        + ", so it cannot hold less"));
            }
        });
    }
}
