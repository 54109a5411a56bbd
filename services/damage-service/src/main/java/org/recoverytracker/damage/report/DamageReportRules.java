package org.recoverytracker.damage.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;
import org.recoverytracker.damage.disaster.DisasterDeclaring;
import org.recoverytracker.intake.problem.Problem.InvalidParam;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * What a well-formed report must also satisfy: a declared disaster, an area code valid on the report's
 * own date, figures from the catalogue in their unit, and no time in the future (beyond clock skew).
 * All failures are reported at once, each naming its field.
 */
@Singleton
class DamageReportRules {
    private final IndicatorCatalogue catalogue;
    private final Gazetteer gazetteer;
    private final DisasterDeclaring disasters;
    private final Clock clock;
    private final Duration allowedSkew;

    DamageReportRules(IndicatorCatalogue catalogue, Gazetteer gazetteer, DisasterDeclaring disasters, Clock clock,
                      @Value("${recovery.damage.allowed-clock-skew:5m}") Duration allowedSkew) {
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
        this.disasters = disasters;
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    void check(DamageReportRequest report) {
        List<InvalidParam> invalid = new ArrayList<>();
        if (!disasters.isDeclared(report.disasterId())) {
            invalid.add(new InvalidParam("disasterId", "no disaster " + report.disasterId() + " has been declared"));
        }
        if (report.asOf().isAfter(clock.instant().plus(allowedSkew))) {
            invalid.add(new InvalidParam("asOf", "is in the future"));
        } else if (gazetteer.find(report.areaCode(), report.asOf()).isEmpty()) {
            invalid.add(new InvalidParam("areaCode", "no area " + report.areaCode() + " was valid on "
                    + Gazetteer.dateOf(report.asOf())));
        }
        for (Map.Entry<String, BigDecimal> figure : report.figures().entrySet()) {
            catalogue.validate(figure.getKey(), figure.getValue())
                    .ifPresent(reason -> invalid.add(new InvalidParam("figures." + figure.getKey(), reason)));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
    }
}
