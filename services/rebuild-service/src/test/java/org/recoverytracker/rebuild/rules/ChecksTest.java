package org.recoverytracker.rebuild.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.intake.problem.Problem;
import org.recoverytracker.intake.problem.ProblemException;

class ChecksTest {
    private static final Gazetteer CAO_BANG = Gazetteer.loadDefault();
    private static final Instant NOW = Instant.parse("2025-01-10T00:00:00Z");

    private static Checks checks() {
        return new Checks(CAO_BANG, NOW);
    }

    private static Problem refusal(Checks checks) {
        return catchThrowableOfType(ProblemException.class, checks::orRefuse).toProblem("/test");
    }

    @Test
    void housesAreCountedWholeButKilometresMayBeFractions() {
        assertThatNoException().isThrownBy(() -> checks().quantity("q", new BigDecimal("12.5"), "km").orRefuse());
        assertThatNoException().isThrownBy(() -> checks().quantity("q", new BigDecimal("455.0"), "house").orRefuse());
        assertThat(refusal(checks().quantity("q", new BigDecimal("455.5"), "house")).invalidParams())
                .extracting(Problem.InvalidParam::name).containsExactly("q");
    }

    @Test
    void aShareInPercentMayBeAFraction() {
        assertThatNoException().isThrownBy(() -> checks().quantity("q", new BigDecimal("56.2"), "%").orRefuse());
        assertThat(refusal(checks().quantity("q", new BigDecimal("-0.5"), "%")).invalidParams())
                .extracting(Problem.InvalidParam::name).containsExactly("q");
    }

    @Test
    void vndIsWholeAndNotNegative() {
        assertThat(refusal(checks().wholeVnd("a", new BigDecimal("1000.5")).wholeVnd("b", new BigDecimal("-1")))
                .invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("a", "b");
    }

    @Test
    void everyFailureIsReportedTogetherWith422() {
        Problem problem = refusal(checks()
                .oneOf("sector", Sector.class, "roads")
                .areaValidOn("areaCode", "052", LocalDate.of(2025, 8, 1))
                .notInFuture("asOf", NOW.plusSeconds(1)));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("sector", "areaCode", "asOf");
    }

    @Test
    void vocabularyIsReadInAnyLetterCase() {
        assertThat(Checks.named(Sector.class, " housing")).contains(Sector.HOUSING);
        assertThat(Checks.named(Sector.class, "roads")).isEmpty();
    }
}
