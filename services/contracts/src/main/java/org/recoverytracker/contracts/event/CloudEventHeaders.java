package org.recoverytracker.contracts.event;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** CloudEvents 1.0, Kafka protocol binding, binary content mode: the event's attributes travel as headers. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";
    /** Set on dead-lettered records: why the consumer could not apply the event. */
    public static final String DLT_REASON = "dlt_reason";

    private CloudEventHeaders() {
    }

    /** The headers for one event, in a stable order. {@code source} names the producing service, e.g. {@code /damage-service}. */
    public static Map<String, String> of(DomainEvent event, String source) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, event.eventId().toString());
        headers.put(SOURCE, source);
        headers.put(TYPE, EventTypes.typeOf(event.getClass()));
        headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(SUBJECT, event.entityId());
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }
}
