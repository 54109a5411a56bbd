package org.recoverytracker.aggregation;

import org.recoverytracker.testkit.ServiceHealthContract;

/** aggregation-service starts against the real stack, migrates the aggregation schema and reports its health truthfully. */
class HealthIT extends ServiceHealthContract {
    HealthIT() {
        super("aggregation");
    }
}
