package org.recoverytracker.donation.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.InKindItem;

/** Checked money and goods of one movement, in the contract's shape, each line knowing the field it came from. */
public record Lines(List<Cash> cash, List<InKindItem> inKind) {

    public Lines {
        cash = List.copyOf(cash);
        inKind = List.copyOf(inKind);
    }

    /** One line as the ledger counts it, with the request field a shortfall names. */
    public record Line(Asset asset, BigDecimal quantity, long valueVnd, String field) {
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < cash.size(); i++) {
            Cash c = cash.get(i);
            lines.add(new Line(Asset.cash(c.currency()), BigDecimal.valueOf(c.amount()), c.vndEquivalent(),
                    "cash[" + i + "].amount"));
        }
        for (int i = 0; i < inKind.size(); i++) {
            InKindItem g = inKind.get(i);
            lines.add(new Line(Asset.goods(g.item(), g.unit()), g.quantity(), g.estimatedValueVnd(),
                    "inKind[" + i + "].quantity"));
        }
        return lines;
    }
}
