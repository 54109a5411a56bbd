package org.recoverytracker.aggregation.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.indicator.Indicator;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;

class HxlTagsTest {
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.loadDefault();

    private static String tag(String code) {
        return HxlTags.of(CATALOGUE.find(code).orElseThrow());
    }

    @Test
    void peopleFiguresUseTheEstablishedAffectedHashtags() {
        assertThat(tag("DR-P01")).isEqualTo("#affected+killed");
        assertThat(tag("DR-P02")).isEqualTo("#affected+missing");
        assertThat(tag("DR-P03")).isEqualTo("#affected+injured");
    }

    @Test
    void otherCountsAndLossesAreTaggedByGroupOrCurrencyWithTheirCode() {
        assertThat(tag("DR-H01")).isEqualTo("#impact+housing+dr_h01");
        assertThat(tag("DR-L03")).isEqualTo("#value+loss+vnd+dr_l03");
        assertThat(tag("DR-H07")).isEqualTo("#value+loss+vnd+dr_h07");
    }

    @Test
    void everyIndicatorOfTheCatalogueGetsItsOwnValidHashtag() {
        List<String> tags = CATALOGUE.all().stream().map(HxlTags::of).toList();

        assertThat(tags).doesNotHaveDuplicates().allMatch(tag -> tag.matches("#[a-z]+(\\+[a-z0-9_]+)+"));
        assertThat(HxlTags.of(new Indicator("Z-9", "economic-loss", "x", "x", "site", null, null)))
                .isEqualTo("#impact+economic_loss+z_9");
    }
}
