package org.recoverytracker.intake.reference;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.LocalDate;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;

/**
 * The vocabularies every service validates against, loaded once: Cao Bằng's by default, another
 * province's when configured.
 */
@Factory
class ReferenceDataFactory {

    @Singleton
    IndicatorCatalogue indicatorCatalogue(@Nullable @Value("${recovery.reference.indicators:}") String indicatorsCsv) {
        return indicatorsCsv == null || indicatorsCsv.isBlank()
                ? IndicatorCatalogue.loadDefault()
                : IndicatorCatalogue.load(Path.of(indicatorsCsv));
    }

    /**
     * The area tree: Cao Bằng from the contracts jar, or another province's files when
     * {@code recovery.areas.three-tier-csv} names them (with {@code three-tier-valid-from}, {@code two-tier-csv}
     * and {@code lineage-csv}).
     */
    @Singleton
    Gazetteer gazetteer(@Nullable @Value("${recovery.areas.three-tier-csv:}") String threeTier,
                        @Nullable @Value("${recovery.areas.three-tier-valid-from:}") String threeTierFrom,
                        @Nullable @Value("${recovery.areas.two-tier-csv:}") String twoTier,
                        @Nullable @Value("${recovery.areas.lineage-csv:}") String lineage) {
        if (threeTier == null || threeTier.isBlank()) {
            return Gazetteer.loadDefault();
        }
        return Gazetteer.load(Path.of(threeTier), LocalDate.parse(threeTierFrom), Path.of(twoTier), Path.of(lineage));
    }
}
