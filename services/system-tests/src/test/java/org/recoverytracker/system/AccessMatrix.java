package org.recoverytracker.system;

import static org.recoverytracker.system.AccessMatrix.Via.DIRECT;
import static org.recoverytracker.system.AccessMatrix.Via.GATEWAY;
import static org.recoverytracker.system.AccessMatrix.Who.ADMINS;
import static org.recoverytracker.system.AccessMatrix.Who.COORDINATORS;
import static org.recoverytracker.system.AccessMatrix.Who.PUBLIC;
import static org.recoverytracker.system.AccessMatrix.Who.SIGNED_IN;
import static org.recoverytracker.system.AccessMatrix.Who.SUBMITTERS;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who may call what: the one table that {@link AccessMatrixIT} proves endpoint by endpoint and that README.md shows
 * (rendered by {@link #markdown()}, kept identical by {@link AccessMatrixReadmeTest}). Every request without a valid
 * token (none, expired, signed with another key, {@code alg: none}) to a non-public endpoint is 401; a valid token of a
 * role not listed is 403.
 */
final class AccessMatrix {
    enum Role { FIELD_STAFF, COORDINATOR, ADMIN }

    enum Who {
        PUBLIC(EnumSet.allOf(Role.class)),
        SIGNED_IN(EnumSet.allOf(Role.class)),
        SUBMITTERS(EnumSet.of(Role.FIELD_STAFF, Role.COORDINATOR)),
        COORDINATORS(EnumSet.of(Role.COORDINATOR)),
        ADMINS(EnumSet.of(Role.ADMIN));

        final Set<Role> roles;

        Who(Set<Role> roles) {
            this.roles = roles;
        }
    }

    /** Through the gateway, and straight to the owning service (which must refuse on its own). */
    enum Via { GATEWAY, DIRECT }

    /** One call: where, with what body (null: none), the status that means it went through, and what it wrote. */
    record Request(String path, Object body, int success, String entity) {
        static Request read(String path) {
            return new Request(path, null, 200, null);
        }

        static Request write(String path, Object body, int success, Object entity) {
            return new Request(path, body, success, entity == null ? null : entity.toString());
        }
    }

    record Endpoint(String method, String path, String service, Who who, Set<Via> via, String note, Supplier<Request> request) {
        boolean allows(Role role) {
            return who.roles.contains(role);
        }
    }

    private static final Set<Via> GATEWAY_ONLY = EnumSet.of(GATEWAY);
    private static final Set<Via> BOTH = EnumSet.of(GATEWAY, DIRECT);
    private static final Set<Via> DIRECT_ONLY = EnumSet.of(DIRECT);
    private static final String GW = "gateway";
    private static final String DAMAGE = "damage-service";
    private static final String DONATION = "donation-service";
    private static final String REBUILD = "rebuild-service";
    private static final String AGGREGATION = "aggregation-service";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/ , /field/, /dashboard/, /public/", GW, PUBLIC, GATEWAY_ONLY, "the apps", () -> Request.read("/field/")),
            new Endpoint("GET", "/health, /prometheus", GW, PUBLIC, GATEWAY_ONLY, "every service", () -> Request.read("/health")),
            new Endpoint("GET", "/.well-known/jwks.json", GW, PUBLIC, GATEWAY_ONLY, "also /api/v1/auth/jwks",
                    () -> Request.read("/.well-known/jwks.json")),
            new Endpoint("POST", "/api/v1/auth/login", GW, PUBLIC, GATEWAY_ONLY, "throttled",
                    () -> Request.write("/api/v1/auth/login", Map.of("username", "field", "password", Fixtures.DEMO_PASSWORD), 200, null)),
            new Endpoint("POST", "/api/v1/auth/refresh", GW, PUBLIC, GATEWAY_ONLY, "needs a refresh token",
                    () -> Request.write("/api/v1/auth/refresh", Map.of("refreshToken", Fixtures.refreshToken()), 200, null)),
            new Endpoint("POST", "/api/v1/auth/logout", GW, PUBLIC, GATEWAY_ONLY, "needs a refresh token",
                    () -> Request.write("/api/v1/auth/logout", Map.of("refreshToken", Fixtures.refreshToken()), 204, null)),
            new Endpoint("GET", "/api/v1/auth/me", GW, SIGNED_IN, GATEWAY_ONLY, "", () -> Request.read("/api/v1/auth/me")),
            new Endpoint("GET", "/api/v1/users", GW, ADMINS, GATEWAY_ONLY, "", () -> Request.read("/api/v1/users")),
            new Endpoint("POST", "/api/v1/users", GW, ADMINS, GATEWAY_ONLY, "", () -> {
                String username = Fixtures.fresh("officer");
                return Request.write("/api/v1/users", Fixtures.userBody(username), 201, "user/" + username);
            }),
            new Endpoint("GET", "/api/v1/users/{username}", GW, ADMINS, GATEWAY_ONLY, "", () -> Request.read("/api/v1/users/field")),
            new Endpoint("PUT", "/api/v1/users/{username}/areas", GW, ADMINS, GATEWAY_ONLY, "", () -> userChange("PUT", "areas",
                    Map.of("areaCodes", List.of("042")))),
            new Endpoint("PUT", "/api/v1/users/{username}/role", GW, ADMINS, GATEWAY_ONLY, "", () -> userChange("PUT", "role",
                    Map.of("role", "COORDINATOR"))),
            new Endpoint("PUT", "/api/v1/users/{username}/password", GW, ADMINS, GATEWAY_ONLY, "ends the user's sessions",
                    () -> userChange("PUT", "password", Map.of("password", "another long password"))),
            new Endpoint("POST", "/api/v1/users/{username}/disable", GW, ADMINS, GATEWAY_ONLY, "ends the user's sessions",
                    () -> userChange("POST", "disable", Map.of())),
            new Endpoint("POST", "/api/v1/users/{username}/enable", GW, ADMINS, GATEWAY_ONLY, "", () -> userChange("POST", "enable", Map.of())),
            new Endpoint("GET", "/api/v1/audit", GW, ADMINS, GATEWAY_ONLY, "merged across services", () -> Request.read("/api/v1/audit?limit=5")),
            new Endpoint("POST", "/api/v1/disasters", DAMAGE, COORDINATORS, BOTH, "", () -> {
                String id = Fixtures.fresh("matrix");
                return Request.write("/api/v1/disasters", Fixtures.disasterBody(id), 201, id);
            }),
            new Endpoint("GET", "/api/v1/disasters[/{id}]", DAMAGE, PUBLIC, BOTH, "the public page names them",
                    () -> Request.read("/api/v1/disasters/" + Fixtures.disaster())),
            new Endpoint("PUT", "/api/v1/damage-reports/{id}", DAMAGE, SUBMITTERS, BOTH, "field staff: own reports, assigned areas", () -> {
                UUID id = UUID.randomUUID();
                return Request.write("/api/v1/damage-reports/" + id, Fixtures.report(Fixtures.SONG_HIEN), 201, id);
            }),
            new Endpoint("GET", "/api/v1/damage-reports", DAMAGE, SIGNED_IN, BOTH, "field staff: only their own; the verification queue",
                    () -> Request.read("/api/v1/damage-reports?disasterId=" + Fixtures.disaster() + "&status=SUBMITTED&limit=10")),
            new Endpoint("GET", "/api/v1/damage-reports/{id}[/versions]", DAMAGE, SIGNED_IN, BOTH, "field staff: only their own",
                    () -> Request.read("/api/v1/damage-reports/" + Fixtures.reportByField() + "/versions")),
            new Endpoint("GET", "/api/v1/damage-reports/{id}/previous", DAMAGE, SIGNED_IN, BOTH,
                    "field staff: own reports, compared with their own", () -> Request.read("/api/v1/damage-reports/"
                            + Fixtures.reportByFieldAfterAnother() + "/previous")),
            new Endpoint("PUT", "/api/v1/damage-reports/{id}/photos/{photoId}", DAMAGE, SUBMITTERS, BOTH, "field staff: own reports", () -> {
                UUID report = Fixtures.reportByField();
                return Request.write("/api/v1/damage-reports/" + report + "/photos/" + UUID.randomUUID(), Fixtures.photo(), 201, report);
            }),
            new Endpoint("GET", "/api/v1/damage-reports/{id}/photos[/{photoId}]", DAMAGE, SIGNED_IN, BOTH, "field staff: own reports",
                    () -> Request.read("/api/v1/damage-reports/" + Fixtures.reportByField() + "/photos")),
            new Endpoint("POST", "/api/v1/damage-reports/{id}/verification", DAMAGE, COORDINATORS, BOTH, "", () -> {
                UUID id = Fixtures.reportByField();
                return Request.write("/api/v1/damage-reports/" + id + "/verification", Map.of("decision", "VERIFIED"), 200, id);
            }),
            new Endpoint("PUT", "/api/v1/donations/{id}", DONATION, SUBMITTERS, BOTH, "field staff: aid received at once, assigned areas; "
                    + "pledges: coordinators", () -> {
                        UUID id = UUID.randomUUID();
                        return Request.write("/api/v1/donations/" + id, Fixtures.donation(true), 201, id);
                    }),
            new Endpoint("GET", "/api/v1/donations/{id}", DONATION, SIGNED_IN, BOTH, "", () -> Request.read("/api/v1/donations/" + Fixtures.pledge())),
            new Endpoint("PUT", "/api/v1/donations/{id}/receipts/{receiptId}", DONATION, SUBMITTERS, BOTH, "field staff: assigned areas", () -> {
                UUID donation = Fixtures.pledge();
                return Request.write("/api/v1/donations/" + donation + "/receipts/" + UUID.randomUUID(), Fixtures.receiptBody(), 201, donation);
            }),
            new Endpoint("GET", "/api/v1/donations/{id}/receipts/{receiptId}", DONATION, SIGNED_IN, BOTH, "", () -> {
                UUID[] receipt = Fixtures.receipt();
                return Request.read("/api/v1/donations/" + receipt[0] + "/receipts/" + receipt[1]);
            }),
            new Endpoint("PUT", "/api/v1/allocations/{id}", DONATION, COORDINATORS, BOTH, "", () -> {
                UUID id = UUID.randomUUID();
                return Request.write("/api/v1/allocations/" + id, Fixtures.allocationBody(), 201, id);
            }),
            new Endpoint("GET", "/api/v1/allocations/{id}", DONATION, SIGNED_IN, BOTH, "", () -> Request.read("/api/v1/allocations/" + Fixtures.allocation())),
            new Endpoint("PUT", "/api/v1/distributions/{id}", DONATION, SUBMITTERS, BOTH, "field staff: assigned areas", () -> {
                UUID id = UUID.randomUUID();
                return Request.write("/api/v1/distributions/" + id, Fixtures.distributionBody(), 201, id);
            }),
            new Endpoint("GET", "/api/v1/distributions/{id}", DONATION, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/distributions/" + Fixtures.distribution())),
            new Endpoint("PUT", "/api/v1/recovery-projects/{id}", REBUILD, COORDINATORS, BOTH, "", () -> {
                UUID id = UUID.randomUUID();
                return Request.write("/api/v1/recovery-projects/" + id, Fixtures.projectBody(), 201, id);
            }),
            new Endpoint("GET", "/api/v1/recovery-projects[/{id}[/versions]]", REBUILD, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/recovery-projects/" + Fixtures.project() + "/versions")),
            new Endpoint("PUT", "/api/v1/recovery-projects/{id}/progress/{updateId}", REBUILD, SUBMITTERS, BOTH, "field staff: assigned areas",
                    () -> {
                        UUID project = Fixtures.project();
                        return Request.write("/api/v1/recovery-projects/" + project + "/progress/" + UUID.randomUUID(),
                                Fixtures.progressBody(), 201, project);
                    }),
            new Endpoint("GET", "/api/v1/recovery-projects/{id}/progress", REBUILD, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/recovery-projects/" + Fixtures.project() + "/progress")),
            new Endpoint("PUT", "/api/v1/recovery-targets/{id}", REBUILD, COORDINATORS, BOTH, "", () -> {
                UUID id = UUID.randomUUID();
                return Request.write("/api/v1/recovery-targets/" + id, Fixtures.reportedTargetBody(), 201, id);
            }),
            new Endpoint("GET", "/api/v1/recovery-targets[/{id}[/versions]]", REBUILD, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/recovery-targets/" + Fixtures.reportedTarget() + "/versions")),
            new Endpoint("PUT", "/api/v1/recovery-targets/{id}/progress/{updateId}", REBUILD, SUBMITTERS, BOTH,
                    "REPORTED targets only; field staff: assigned areas", () -> {
                        UUID target = Fixtures.reportedTarget();
                        return Request.write("/api/v1/recovery-targets/" + target + "/progress/" + UUID.randomUUID(),
                                Fixtures.targetProgressBody(), 201, target);
                    }),
            new Endpoint("GET", "/api/v1/recovery-targets/{id}/progress", REBUILD, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/recovery-targets/" + Fixtures.reportedTarget() + "/progress")),
            new Endpoint("GET", "/api/v1/totals/damage", AGGREGATION, PUBLIC, BOTH, "the public page's figures",
                    () -> Request.read("/api/v1/totals/damage?disaster=" + Fixtures.disaster() + "&area=04")),
            new Endpoint("GET", "/api/v1/totals/indicators", AGGREGATION, PUBLIC, BOTH, "the indicator catalogue",
                    () -> Request.read("/api/v1/totals/indicators")),
            new Endpoint("GET", "/api/v1/stream", AGGREGATION, PUBLIC, BOTH, "live changes; EventSource sends no token",
                    () -> Request.read("/api/v1/stream?disaster=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/public/**", AGGREGATION, PUBLIC, BOTH, "the public aid ledger",
                    () -> Request.read("/api/v1/public/aid?disaster=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/totals/damage/history", AGGREGATION, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/totals/damage/history?disaster=" + Fixtures.disaster() + "&area=04&indicator=DR-P01")),
            new Endpoint("GET", "/api/v1/totals/areas", AGGREGATION, SIGNED_IN, BOTH, "", () -> Request.read("/api/v1/totals/areas")),
            new Endpoint("GET", "/api/v1/totals/aid", AGGREGATION, SIGNED_IN, BOTH, "", () -> Request.read("/api/v1/totals/aid?disaster=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/totals/rebuild, /targets, /lagging-units, /funding-gap", AGGREGATION, SIGNED_IN, BOTH, "",
                    () -> Request.read("/api/v1/lagging-units?disaster=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/exports/damage.csv, damage.geojson", AGGREGATION, SIGNED_IN, BOTH, "CSV with HXL, GeoJSON",
                    () -> Request.read("/api/v1/exports/damage.csv?disaster=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/exports/aid.csv", AGGREGATION, SIGNED_IN, BOTH, "CSV with HXL",
                    () -> Request.read("/api/v1/exports/aid.csv?disasterId=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/exports/rebuild.csv", AGGREGATION, SIGNED_IN, BOTH, "CSV with HXL",
                    () -> Request.read("/api/v1/exports/rebuild.csv?disasterId=" + Fixtures.disaster())),
            new Endpoint("GET", "/api/v1/audit (each intake service)", DAMAGE, ADMINS, DIRECT_ONLY, "the gateway merges these",
                    () -> Request.read("/api/v1/audit?limit=5")),
            new Endpoint("GET", "/api/v1/audit (each intake service)", DONATION, ADMINS, DIRECT_ONLY, "the gateway merges these",
                    () -> Request.read("/api/v1/audit?limit=5")),
            new Endpoint("GET", "/api/v1/audit (each intake service)", REBUILD, ADMINS, DIRECT_ONLY, "the gateway merges these",
                    () -> Request.read("/api/v1/audit?limit=5")));

    private AccessMatrix() {
    }

    private static Request userChange(String method, String action, Object body) {
        String username = Fixtures.user();
        return Request.write("/api/v1/users/" + username + "/" + action, body, 200, "user/" + username);
    }

    /** The table as README.md shows it. */
    static String markdown() {
        StringBuilder table = new StringBuilder("| endpoint | served by | no token | FIELD_STAFF | COORDINATOR | ADMIN | note |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Endpoint e : ENDPOINTS) {
            table.append("| `").append(e.method()).append(' ').append(e.path()).append("` | ").append(e.service()).append(" | ")
                    .append(e.who() == PUBLIC ? "✓" : "401").append(" | ")
                    .append(List.of(Role.values()).stream().map(role -> e.allows(role) ? "✓" : "403").collect(Collectors.joining(" | ")))
                    .append(" | ").append(e.note()).append(" |\n");
        }
        return table.toString();
    }
}
