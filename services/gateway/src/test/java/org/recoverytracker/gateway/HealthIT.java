package org.recoverytracker.gateway;

import org.recoverytracker.testkit.ServiceHealthContract;

/** gateway starts against the real stack, migrates the gateway schema and reports its health truthfully. */
class HealthIT extends ServiceHealthContract {
    HealthIT() {
        super("gateway");
    }
}
