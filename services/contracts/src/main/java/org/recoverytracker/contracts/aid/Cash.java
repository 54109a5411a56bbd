package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Money in one currency: {@code amount} in the currency's ISO 4217 minor unit (VND has none, USD has cents).
 * Foreign money carries {@code vndRate} (đồng per one major unit, as used when it was recorded) and every line
 * carries {@code vndEquivalent}, computed once by the producer with {@link #converted}, so consumers never convert.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cash(String currency, long amount, @Nullable BigDecimal vndRate, long vndEquivalent) {
    public static final String VND = "VND";

    public Cash {
        Objects.requireNonNull(currency, "currency");
        minorDigits(currency);
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be positive, not " + amount);
        }
        if (VND.equals(currency)) {
            if (vndRate != null || vndEquivalent != amount) {
                throw new IllegalArgumentException("VND needs no rate and is its own equivalent");
            }
        } else if (vndRate == null || vndRate.signum() <= 0 || vndEquivalent < 0) {
            throw new IllegalArgumentException(currency + " needs a positive vndRate and a VND equivalent");
        }
    }

    public static Cash vnd(long amount) {
        return new Cash(VND, amount, null, amount);
    }

    /**
     * The one conversion rule: {@code amount} minor units → major units × {@code vndRate}, rounded half up to
     * the whole đồng (VND has no minor unit). VND itself needs no rate.
     */
    public static Cash converted(String currency, long amount, @Nullable BigDecimal vndRate) {
        if (VND.equals(currency)) {
            return vnd(amount);
        }
        Objects.requireNonNull(vndRate, "vndRate");
        long equivalent = BigDecimal.valueOf(amount).movePointLeft(minorDigits(currency)).multiply(vndRate)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Cash(currency, amount, vndRate, equivalent);
    }

    /** Digits of the currency's minor unit; refuses codes that are not ISO 4217 currencies (XAU, XXX...). */
    public static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " is not a currency with a minor unit");
        }
        return digits;
    }
}
