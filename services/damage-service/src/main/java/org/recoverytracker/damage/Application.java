package org.recoverytracker.damage;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "Recovery Tracker damage service", version = "0.1",
        description = "Disasters and damage reports: idempotent intake by client-made ids, amendments with If-Match, verification."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
