package org.recoverytracker.gateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "Recovery Tracker gateway",
        version = "0.1",
        description = "The single origin for browsers: serves the apps and routes /api to the service that owns each path "
                + "(see each service's own OpenAPI), and answers login, refresh, logout, the admin user API and the audit "
                + "trail itself."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
