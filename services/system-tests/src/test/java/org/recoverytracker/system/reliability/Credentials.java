package org.recoverytracker.system.reliability;

/** The headers that say who sends a request. Until sign-in lands (issue 6) nobody needs to. */
final class Credentials {
    private Credentials() {
    }

    static String[] none() {
        return new String[0];
    }
}
