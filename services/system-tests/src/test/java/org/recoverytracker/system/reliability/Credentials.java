package org.recoverytracker.system.reliability;

import org.recoverytracker.testkit.TestTokens;

/** Who sends a request: every request carries the demo coordinator's token ({@link Wire}); these headers may add more. */
final class Credentials {
    static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator"));

    private Credentials() {
    }

    static String[] none() {
        return new String[0];
    }
}
