package org.recoverytracker.aggregation;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "Recovery Tracker aggregation service", version = "0.1",
        description = "Live totals per area from the damage, aid and rebuilding topics, with roll-ups and history."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
