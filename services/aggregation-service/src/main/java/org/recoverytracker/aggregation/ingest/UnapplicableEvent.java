package org.recoverytracker.aggregation.ingest;

/** An event that parses but can never be applied; its message becomes the dead letter's {@code dlt_reason}. */
public final class UnapplicableEvent extends RuntimeException {

    public UnapplicableEvent(String reason) {
        super(reason, null, false, false);
    }
}
