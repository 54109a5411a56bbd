package org.recoverytracker.intake.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.recoverytracker.intake.problem.ProblemException;

class IfMatchTest {

    @Test
    void readsQuotedWeakAndBareVersions() {
        assertThat(IfMatch.parse("\"3\"")).hasValue(3);
        assertThat(IfMatch.parse("W/\"3\"")).hasValue(3);
        assertThat(IfMatch.parse("3")).hasValue(3);
        assertThat(IfMatch.parse(null)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void somethingElseIsABadRequestNamingTheHeader() {
        assertThatThrownBy(() -> IfMatch.parse("\"abc\"")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem("/x").invalidParams()).extracting("name").containsExactly("If-Match"));
    }

    @Test
    void etagRoundTrips() {
        assertThat(IfMatch.parse(IfMatch.etag(7))).hasValue(7);
    }
}
