package org.recoverytracker.intake.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Current;
import org.recoverytracker.intake.problem.ProblemException;

class IdempotentIntakeTest {

    private static IdempotentIntake.Step decide(Optional<Current> current, String fingerprint, OptionalInt ifMatch) {
        return IdempotentIntake.decide("report r", current, fingerprint, ifMatch);
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.status().getCode();
        }
        return 0;
    }

    @Test
    void newIdIsCreated() {
        assertThat(decide(Optional.empty(), "a", OptionalInt.empty())).isInstanceOf(IdempotentIntake.Create.class);
    }

    @Test
    void sameContentAgainIsAReplay() {
        assertThat(decide(Optional.of(new Current(1, "a", true)), "a", OptionalInt.empty())).isInstanceOf(IdempotentIntake.Replay.class);
    }

    @Test
    void originalSubmissionRetriedAfterAnAmendmentIsStillAReplay() {
        assertThat(decide(Optional.of(new Current(2, "b", true)), "a", OptionalInt.empty())).isInstanceOf(IdempotentIntake.Replay.class);
    }

    @Test
    void differentContentWithoutIfMatchIsAConflict() {
        assertThat(status(() -> decide(Optional.of(new Current(1, "a", false)), "b", OptionalInt.empty()))).isEqualTo(409);
    }

    @Test
    void amendmentOfTheCurrentVersionGetsTheNext() {
        assertThat(decide(Optional.of(new Current(3, "a", false)), "b", OptionalInt.of(3)))
                .isEqualTo(new IdempotentIntake.Amend(3, 4));
    }

    @Test
    void retriedAmendmentIsAReplay() {
        assertThat(decide(Optional.of(new Current(4, "b", true)), "b", OptionalInt.of(3))).isInstanceOf(IdempotentIntake.Replay.class);
    }

    @Test
    void amendmentOfAnOlderVersionIsStale() {
        assertThat(status(() -> decide(Optional.of(new Current(4, "b", false)), "c", OptionalInt.of(2)))).isEqualTo(412);
    }

    @Test
    void amendmentOfSomethingThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> decide(Optional.empty(), "a", OptionalInt.of(1))).isInstanceOf(ProblemException.class);
        assertThat(status(() -> decide(Optional.empty(), "a", OptionalInt.of(1)))).isEqualTo(404);
    }

    @Test
    void somethingRecordedOnceIsCreatedThenReplayedAndNeverReplacedByOtherContent() {
        assertThat(IdempotentIntake.decideOnce("receipt r", Optional.empty(), "a")).isInstanceOf(IdempotentIntake.Create.class);
        assertThat(IdempotentIntake.decideOnce("receipt r", Optional.of("a"), "a")).isInstanceOf(IdempotentIntake.Replay.class);
        assertThat(status(() -> IdempotentIntake.decideOnce("receipt r", Optional.of("a"), "b"))).isEqualTo(409);
    }
}
