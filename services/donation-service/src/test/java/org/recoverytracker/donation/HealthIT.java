package org.recoverytracker.donation;

import org.recoverytracker.testkit.ServiceHealthContract;

/** donation-service starts against the real stack, migrates the donation schema and reports its health truthfully. */
class HealthIT extends ServiceHealthContract {
    HealthIT() {
        super("donation");
    }
}
