package org.recoverytracker.contracts.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.recoverytracker.contracts.aid.AidEvent;
import org.recoverytracker.contracts.damage.DamageEvent;
import org.recoverytracker.contracts.identity.AccessEvent;
import org.recoverytracker.contracts.rebuild.RebuildEvent;

/**
 * The {@code ce_type} of every event record: {@code org.recoverytracker.<SimpleName>}. Consumers use
 * it to pick the record class before reading the JSON payload.
 */
public final class EventTypes {
    private static final String PREFIX = "org.recoverytracker.";
    /** One sealed interface per topic; add the aid and rebuild ones here. Simple names must differ across topics. */
    private static final List<Class<? extends DomainEvent>> TOPIC_ROOTS = List.of(DamageEvent.class, AidEvent.class,
            RebuildEvent.class, AccessEvent.class);
    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = TOPIC_ROOTS.stream()
            .flatMap(root -> Stream.of(root.getPermittedSubclasses()))
            .map(EventTypes::asEventClass)
            .collect(Collectors.toUnmodifiableMap(EventTypes::typeOf, c -> c));

    private EventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        return PREFIX + eventClass.getSimpleName();
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends DomainEvent> asEventClass(Class<?> c) {
        return (Class<? extends DomainEvent>) c;
    }
}
