package org.recoverytracker.system;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.recoverytracker.system.AccessMatrix.Endpoint;
import org.recoverytracker.system.AccessMatrix.Request;
import org.recoverytracker.system.AccessMatrix.Role;
import org.recoverytracker.system.AccessMatrix.Via;
import org.recoverytracker.system.AccessMatrix.Who;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.TestTokens;

/**
 * Issue 6's proof: every endpoint of {@link AccessMatrix}, called by each kind of caller, through the gateway and
 * straight to the service that owns it, answers 401 / 403 / success exactly as the table says; refusals are
 * problem+json, 401s challenge for a bearer token, and every write that went through has an audit row naming its caller.
 */
class AccessMatrixIT {

    enum Caller {
        NO_TOKEN, EXPIRED, WRONG_SIGNATURE, ALG_NONE, FIELD_STAFF, COORDINATOR, ADMIN;

        boolean valid() {
            return ordinal() >= FIELD_STAFF.ordinal();
        }

        Role role() {
            return Role.valueOf(name());
        }

        /** A broken token carries the strongest role the endpoint allows, so only its defect can be the reason it fails. */
        String authorization(Endpoint endpoint) {
            Role role = valid() ? role() : endpoint.who() == Who.PUBLIC ? Role.COORDINATOR
                    : endpoint.who().roles.stream().max(Enum::compareTo).orElseThrow();
            TestTokens.Token token = TestTokens.user(username(role)).role(role.name()).areas("04");
            return switch (this) {
                case NO_TOKEN -> null;
                case EXPIRED -> TestTokens.bearer(token.expired());
                case WRONG_SIGNATURE -> TestTokens.bearer(token.signWithOtherKey());
                case ALG_NONE -> TestTokens.bearer(token.unsigned());
                case FIELD_STAFF, COORDINATOR, ADMIN -> TestTokens.bearer(token.sign());
            };
        }

        int expected(Endpoint endpoint, Request request) {
            if (endpoint.who() == Who.PUBLIC) {
                return request.success();
            }
            if (!valid()) {
                return 401;
            }
            return endpoint.allows(role()) ? request.success() : 403;
        }

        /** The demo account each role's token names. */
        static String username(Role role) {
            return switch (role) {
                case FIELD_STAFF -> "field";
                case COORDINATOR -> "coordinator";
                case ADMIN -> "admin";
            };
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheTableSays() {
        return AccessMatrix.ENDPOINTS.stream().flatMap(endpoint -> endpoint.via().stream().map(via -> dynamicTest(
                endpoint.method() + " " + endpoint.path() + " (" + endpoint.service() + ", " + via + ")", () -> check(endpoint, via))));
    }

    private static void check(Endpoint endpoint, Via via) {
        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : Caller.values()) {
            Request request = endpoint.request().get();
            URI uri = via == Via.GATEWAY ? RunningSystem.get().gateway(request.path())
                    : RunningSystem.get().service(endpoint.service(), request.path());
            Api.Answer answer = Api.call(endpoint.method(), uri, request.body(), caller.authorization(endpoint));
            int expected = caller.expected(endpoint, request);
            String what = caller + " " + endpoint.method() + " " + uri;
            softly.assertThat(answer.status()).as(what + " answered " + answer.body()).isEqualTo(expected);
            if (expected == 401 || expected == 403) {
                softly.assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
            }
            if (expected == 401) {
                softly.assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).as(what).startsWith("Bearer");
            }
            if (answer.status() == expected && request.entity() != null && expected < 300) {
                softly.assertThat(auditedUsers(request.entity())).as("audit of " + what).contains(Caller.username(caller.role()));
            }
        }
        softly.assertAll();
    }

    private static List<String> auditedUsers(String entity) {
        List<String> users = new ArrayList<>();
        Api.get("/api/v1/audit?entity=" + entity, "Authorization", Fixtures.ADMIN).body().path("entries")
                .forEach(entry -> users.add(entry.path("user").asText()));
        return users;
    }
}
