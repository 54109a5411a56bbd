package org.recoverytracker.gateway.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.recoverytracker.intake.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts that exist from the first start. With {@code recovery.identity.seed-demo-accounts=true} (./recovery up and
 * the tests): {@code admin}, {@code coordinator} and {@code field} (all of Cao Bằng, "04"), all with the demo password.
 * Elsewhere (docker-compose) no account is known, so {@code recovery.identity.bootstrap-admin-password} creates
 * {@code admin} while no enabled admin exists.
 */
@Singleton
class DemoAccounts {
    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAdministration administration;
    private final boolean seed;
    private final String demoPassword;
    private final String bootstrapAdminPassword;

    DemoAccounts(UserAdministration administration,
                 @Value("${recovery.identity.seed-demo-accounts:false}") boolean seed,
                 @Value("${recovery.identity.demo-password:yagi-demo-2024}") String demoPassword,
                 @Nullable @Value("${recovery.identity.bootstrap-admin-password:}") String bootstrapAdminPassword) {
        this.administration = administration;
        this.seed = seed;
        this.demoPassword = demoPassword;
        this.bootstrapAdminPassword = bootstrapAdminPassword;
    }

    @EventListener
    void onStartup(StartupEvent started) {
        if (seed) {
            create("admin", "Quản trị viên (demo)", Roles.ADMIN, List.of(), demoPassword);
            create("coordinator", "Điều phối viên tỉnh (demo)", Roles.COORDINATOR, List.of(), demoPassword);
            create("field", "Cán bộ hiện trường (demo)", Roles.FIELD_STAFF, List.of("04"), demoPassword);
        }
        if (bootstrapAdminPassword != null && !bootstrapAdminPassword.isBlank() && !administration.anyEnabledWithRole(Roles.ADMIN)) {
            create("admin", "Quản trị viên", Roles.ADMIN, List.of(), bootstrapAdminPassword);
        }
    }

    private void create(String username, String displayName, String role, List<String> areas, String password) {
        if (administration.createIfAbsent(new UserRequests.NewUser(username, password, displayName, role, areas), SYSTEM)) {
            LOG.info("created the {} account {}", role, username);
        }
    }
}
