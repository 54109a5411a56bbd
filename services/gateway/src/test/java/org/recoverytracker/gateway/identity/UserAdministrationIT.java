package org.recoverytracker.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.Accounts;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;
import org.recoverytracker.testkit.TestTokens;

/** Admins create accounts, assign areas and roles, disable and re-enable; nobody else may; each change is audited. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdministrationIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer gateway;
    @Inject
    JsonMapper json;

    private Accounts accounts;

    @Override
    public Map<String, String> getProperties() {
        return StubService.gatewayProperties(getClass(), Map.of());
    }

    @BeforeEach
    void client() {
        accounts = new Accounts(new GatewayHttp(gateway.getURI()), json);
    }

    @Test
    void anOfficerAnAdminCreatesSignsInWithTheAssignedAreas() {
        HttpResponse<String> created = accounts.createFieldOfficer("officer.hoa-an", "Hoà An 2024 !", "051");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("argon2").doesNotContain("Hoà An 2024");
        HttpResponse<String> session = accounts.login("officer.hoa-an", "Hoà An 2024 !");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(accounts.map(session).get("user").toString()).contains("areaCodes=[051]");

        accounts.put("/api/v1/users/officer.hoa-an/areas", Map.of("areaCodes", List.of("051", "052")), Accounts.ADMIN);

        assertThat(accounts.map(accounts.login("officer.hoa-an", "Hoà An 2024 !")).get("user").toString()).contains("areaCodes=[051, 052]");
        assertThat(accounts.get("/api/v1/users", Accounts.ADMIN).body()).contains("\"username\":\"officer.hoa-an\"");
    }

    @Test
    void invalidAccountsAreRefusedNamingEachField() {
        HttpResponse<String> refused = accounts.post("/api/v1/users", Map.of("username", "Has Spaces", "password", "short",
                "displayName", "x", "role", "SUPERUSER", "areaCodes", List.of("99999")), Accounts.ADMIN);
        HttpResponse<String> fieldWithoutArea = accounts.post("/api/v1/users", Map.of("username", "officer.nowhere",
                "password", "long enough password", "displayName", "x", "role", "FIELD_STAFF"), Accounts.ADMIN);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"name\":\"username\"", "\"name\":\"password\"", "\"name\":\"role\"", "\"name\":\"areaCodes[0]\"");
        assertThat(fieldWithoutArea.statusCode()).isEqualTo(422);
        assertThat(fieldWithoutArea.body()).contains("\"name\":\"areaCodes\"");
        assertThat(accounts.get("/api/v1/users/officer.nowhere", Accounts.ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        accounts.createFieldOfficer("officer.twice", "first password", "040");

        assertThat(accounts.createFieldOfficer("officer.twice", "second password", "042").statusCode()).isEqualTo(409);
    }

    @Test
    void onlyAdminsManageUsers() {
        String coordinator = TestTokens.bearer(TestTokens.coordinator("coordinator.test"));

        assertThat(accounts.get("/api/v1/users", null).statusCode()).isEqualTo(401);
        assertThat(accounts.get("/api/v1/users", coordinator).statusCode()).isEqualTo(403);
        assertThat(accounts.post("/api/v1/users", Map.of("username", "sneaky", "password", "long enough password", "displayName", "x",
                "role", "ADMIN"), coordinator).statusCode()).isEqualTo(403);
        assertThat(accounts.get("/api/v1/users/sneaky", Accounts.ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminCannotDisableThemselves() {
        assertThat(accounts.post("/api/v1/users/admin/disable", Map.of(), Accounts.ADMIN).statusCode()).isEqualTo(409);
    }

    @Test
    void accountChangesAreAuditedUnderTheAdminAndAMissingServiceIsNamed() {
        accounts.createFieldOfficer("officer.audited", "long enough password", "040");
        accounts.put("/api/v1/users/officer.audited/role", Map.of("role", "COORDINATOR"), Accounts.ADMIN);
        accounts.post("/api/v1/users/officer.audited/disable", Map.of(), Accounts.ADMIN);

        HttpResponse<String> trail = accounts.get("/api/v1/audit?entity=user/officer.audited", Accounts.ADMIN);

        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        Map<String, Object> body = accounts.map(trail);
        assertThat(body.get("entries").toString())
                .containsSubsequence("action=UserDisabled", "action=UserRoleChanged", "action=UserCreated")
                .contains("user=admin", "service=gateway");
        assertThat(body.get("unavailable")).isEqualTo(List.of("damage-service", "donation-service", "rebuild-service"));
        assertThat(accounts.get("/api/v1/audit", TestTokens.bearer(TestTokens.coordinator("c"))).statusCode()).isEqualTo(403);
    }
}
