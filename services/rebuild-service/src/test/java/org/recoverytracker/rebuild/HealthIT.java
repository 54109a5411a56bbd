package org.recoverytracker.rebuild;

import org.recoverytracker.testkit.ServiceHealthContract;

/** rebuild-service starts against the real stack, migrates the rebuild schema and reports its health truthfully. */
class HealthIT extends ServiceHealthContract {
    HealthIT() {
        super("rebuild");
    }
}
