package org.recoverytracker.aggregation.exports;

import java.util.Locale;
import java.util.Map;
import org.recoverytracker.contracts.indicator.Indicator;

/**
 * HXL hashtags (Humanitarian Exchange Language) for the damage indicators, so an export drops into HDX tools
 * without a mapping step. People figures use the established {@code #affected} attributes; other counts are
 * {@code #impact+<group>+<code>} and VND losses {@code #value+loss+vnd+<code>}: every column is tagged, and the
 * code attribute keeps two columns of one group apart.
 */
final class HxlTags {
    private static final Map<String, String> PEOPLE = Map.of(
            "DR-P01", "#affected+killed",
            "DR-P02", "#affected+missing",
            "DR-P03", "#affected+injured",
            "DR-P04", "#affected+hh",
            "DR-P05", "#affected+ind",
            "DR-P06", "#affected+hh+evacuated",
            "DR-P08", "#affected+ind+evacuated",
            "DR-P07", "#affected+hh+relocated");

    private HxlTags() {
    }

    static String of(Indicator indicator) {
        String known = PEOPLE.get(indicator.code());
        if (known != null) {
            return known;
        }
        String code = attribute(indicator.code());
        if (indicator.unit().equalsIgnoreCase("VND")) {
            return "#value+loss+vnd+" + code;
        }
        return "#impact+" + attribute(indicator.group()) + "+" + code;
    }

    /** HXL attributes are lower-case letters, digits and underscores. */
    private static String attribute(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
