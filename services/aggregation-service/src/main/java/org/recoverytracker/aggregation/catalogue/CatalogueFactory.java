package org.recoverytracker.aggregation.catalogue;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;

/** The indicator catalogue pages label figures with: the contracts' default, or the file {@code recovery.reference.indicators} names (as in the intake services). */
@Factory
final class CatalogueFactory {

    @Singleton
    IndicatorCatalogue indicatorCatalogue(@Nullable @Value("${recovery.reference.indicators:}") String csv) {
        return csv == null || csv.isBlank() ? IndicatorCatalogue.loadDefault() : IndicatorCatalogue.load(Path.of(csv));
    }
}
