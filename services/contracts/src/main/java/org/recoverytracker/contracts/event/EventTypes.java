package org.recoverytracker.contracts.event;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.recoverytracker.contracts.damage.DamageEvent;

/**
 * The {@code ce_type} of every event record: {@code org.recoverytracker.<SimpleName>}. Consumers use
 * it to pick the record class before reading the JSON payload.
 */
public final class EventTypes {
    private static final String PREFIX = "org.recoverytracker.";
    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = Stream.of(
                    DamageEvent.class.getPermittedSubclasses())
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
