package org.recoverytracker.contracts.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.event.EventTypes;

/** What the rebuild records refuse to be, whether built by a producer or read from the topic. */
class RebuildEventRecordsTest {

    @Test
    void aProjectCannotEndBeforeItStarts() {
        RecoveryProject p = RebuildEventMother.relocation();
        assertThrows(IllegalArgumentException.class, () -> new RecoveryProject(p.disasterId(), p.areaCode(), p.sector(),
                p.kind(), p.title(), p.responsibleUnit(), p.target(), p.budgetVnd(), p.plannedStart(),
                p.plannedStart().minusDays(1), null));
    }

    @Test
    void progressCannotBeNegative() {
        RebuildProgressReported r = RebuildEventMother.relocationProgress();
        assertThrows(IllegalArgumentException.class, () -> new RebuildProgressReported(r.eventId(), r.occurredAt(),
                r.projectId(), 1, r.updateId(), r.asOf(), new BigDecimal("-1"), r.disbursedVnd(), r.status(), null,
                r.reportedBy(), r.reportedAt()));
    }

    @Test
    void anAmendedTargetMustReplaceAnEarlierVersion() {
        RecoveryTargetAmended a = RebuildEventMother.forestTargetAmended();
        assertThrows(IllegalArgumentException.class, () -> new RecoveryTargetAmended(a.eventId(), a.occurredAt(),
                a.targetId(), 2, 2, a.target(), a.amendedBy(), a.amendedAt()));
    }

    @Test
    void aTargetSummingProjectsNamesTheirSector() {
        assertThrows(IllegalArgumentException.class, () -> new TargetMeasure(MeasureMethod.PROJECT_QUANTITY, null, null));
    }

    @Test
    void milestonesAreAnImmutableSnapshot() {
        List<Milestone> milestones = new ArrayList<>(List.of(new Milestone(LocalDate.of(2025, 1, 31), BigDecimal.TEN)));
        RecoveryTarget t = RebuildEventMother.housingTargetSet().target();
        RecoveryTarget target = new RecoveryTarget(t.nameVi(), t.nameEn(), t.areaCode(), t.disasterId(),
                t.responsibleUnit(), t.plannedValue(), t.unit(), t.startDate(), t.deadline(), t.measure(), milestones);

        milestones.clear();

        assertEquals(1, target.milestones().size());
    }

    @Test
    void everyRebuildEventTypeNameLeadsBackToItsRecord() {
        for (Class<?> eventClass : RebuildEvent.class.getPermittedSubclasses()) {
            assertEquals(Optional.of(eventClass), EventTypes.classOf(EventTypes.typeOf(eventClass)), eventClass::getName);
        }
    }
}
