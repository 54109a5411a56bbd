package org.recoverytracker.rebuild;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "Recovery Tracker rebuild service", version = "0.1",
        description = "Recovery projects, their cumulative progress, and recovery targets, with idempotent intake."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
