package org.recoverytracker.damage;

import org.recoverytracker.testkit.ServiceHealthContract;

/** damage-service starts against the real stack, migrates the damage schema and reports its health truthfully. */
class HealthIT extends ServiceHealthContract {
    HealthIT() {
        super("damage");
    }
}
