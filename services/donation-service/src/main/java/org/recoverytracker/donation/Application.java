package org.recoverytracker.donation;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "Recovery Tracker donation service", version = "0.1",
        description = "Aid: pledges, receipts, allocations to areas and distributions to households, with idempotent intake."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
