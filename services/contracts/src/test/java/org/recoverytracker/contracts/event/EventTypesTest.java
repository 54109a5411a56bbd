package org.recoverytracker.contracts.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.aid.AidEvent;
import org.recoverytracker.contracts.damage.DamageEvent;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;

class EventTypesTest {

    @Test
    void everyEventTypeNameOfEveryTopicLeadsBackToItsRecord() {
        Stream.of(DamageEvent.class, AidEvent.class).flatMap(root -> Stream.of(root.getPermittedSubclasses())).forEach(
                eventClass -> assertEquals(Optional.of(eventClass), EventTypes.classOf(EventTypes.typeOf(eventClass)),
                        eventClass::getName));
    }

    @Test
    void typeNamesAreStableOnTheWire() {
        assertEquals("org.recoverytracker.DamageReportSubmitted", EventTypes.typeOf(DamageReportSubmitted.class));
    }

    @Test
    void unknownOrMissingTypeFindsNoRecord() {
        assertTrue(EventTypes.classOf("org.recoverytracker.DonationTeleported").isEmpty());
        assertTrue(EventTypes.classOf("DamageReportSubmitted").isEmpty());
        assertTrue(EventTypes.classOf(null).isEmpty());
    }
}
