package org.recoverytracker.intake.reference;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;

/**
 * The vocabularies every service validates against, loaded once: Cao Bằng's by default, another
 * province's when {@code recovery.reference.indicators} names a catalogue CSV.
 */
@Factory
class ReferenceDataFactory {

    @Singleton
    IndicatorCatalogue indicatorCatalogue(@Nullable @Value("${recovery.reference.indicators:}") String indicatorsCsv) {
        return indicatorsCsv == null || indicatorsCsv.isBlank()
                ? IndicatorCatalogue.loadDefault()
                : IndicatorCatalogue.load(Path.of(indicatorsCsv));
    }

    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.loadDefault();
    }
}
