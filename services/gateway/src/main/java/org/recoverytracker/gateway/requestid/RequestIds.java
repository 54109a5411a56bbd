package org.recoverytracker.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id a request carries through the gateway and every service behind it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // a caller's id is kept only when it is short and plain, so nobody can forge log lines through it
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is acceptable, else a new one. */
    static String adoptOrCreate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
