package org.recoverytracker.donation.ledger;

import java.math.BigDecimal;
import org.recoverytracker.contracts.aid.Cash;

/** What quantities are counted in: money of one currency (in minor units), or goods of one item and unit. */
public record Asset(Kind kind, String name, String unit) {

    public enum Kind {
        CASH, GOODS
    }

    public static Asset cash(String currency) {
        return new Asset(Kind.CASH, currency, "");
    }

    public static Asset goods(String item, String unit) {
        return new Asset(Kind.GOODS, item, unit);
    }

    /** A quantity as people read it: {@code 300000000 VND}, {@code 10000.00 USD}, {@code 5 t of Gạo}. */
    public String describe(BigDecimal quantity) {
        return kind == Kind.CASH
                ? quantity.movePointLeft(Cash.minorDigits(name)).toPlainString() + " " + name
                : quantity.stripTrailingZeros().toPlainString() + " " + unit + " of " + name;
    }
}
