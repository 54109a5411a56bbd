package org.recoverytracker.system.reliability;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One report's life as the field app and a coordinator live it: the requests about it, sent one after another. */
record ReportScript(UUID reportId, List<Step> steps) {

    enum Kind {
        /** A new report: 201 (or 200 when a retry finds the first attempt went through). */
        SUBMIT,
        /** The same request again, as a phone does when it is unsure the first one arrived: 200, nothing new. */
        RESEND,
        /** A new version naming the last acknowledged one in If-Match: 200. */
        AMEND,
        VERIFY,
        REJECT,
        /** A report the service must refuse (an area that did not exist then): 422, nothing stored. */
        REFUSED
    }

    /** {@code body} is the report for PUTs and the decision for verifications. */
    record Step(Kind kind, Map<String, Object> body) {
        boolean isDecision() {
            return kind == Kind.VERIFY || kind == Kind.REJECT;
        }
    }
}
