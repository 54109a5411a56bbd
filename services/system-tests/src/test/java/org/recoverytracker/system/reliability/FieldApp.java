package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recoverytracker.system.reliability.ReportScript.Kind;
import org.recoverytracker.system.reliability.ReportScript.Step;
import org.recoverytracker.system.reliability.Wire.Answer;

/**
 * Plays report scripts the way the field app's offline outbox does: a request that gets no answer (or the gateway's
 * "service unavailable") is sent again, unchanged, with the same report id, until an answer comes; only answers that
 * acknowledge (2xx) move the script on. Every attempt goes into the ledger.
 */
final class FieldApp {
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    private final Wire wire;
    private final Function<String, URI> gateway;
    private final Ledger ledger;
    private final Duration giveUpAfter;
    private final CountDownLatch aborted;
    private final Supplier<String[]> credentials;
    private final Runnable pace;

    /** {@code pace} runs before each operation: it holds the client to the workload's rate. */
    FieldApp(Wire wire, Function<String, URI> gateway, Ledger ledger, Duration giveUpAfter, CountDownLatch aborted,
             Supplier<String[]> credentials, Runnable pace) {
        this.pace = pace;
        this.wire = wire;
        this.gateway = gateway;
        this.ledger = ledger;
        this.giveUpAfter = giveUpAfter;
        this.aborted = aborted;
        this.credentials = credentials;
    }

    /**
     * What the client knows was acknowledged about one report. {@code determinate} is false when a request was given
     * up or answered unexpectedly: then nobody knows what the service holds, and the checks leave the report out.
     */
    record Acknowledged(UUID reportId, boolean refused, boolean determinate, int version, String status,
                        Map<String, Object> content) {
    }

    /** Aid writes, one after another: each must be created (201), or found created (200) when resent or retried. */
    List<String> playAid(List<AidWorkload.Write> writes) {
        List<String> acknowledged = new ArrayList<>();
        for (AidWorkload.Write write : writes) {
            pace.run();
            ledger.operation();
            Sent sent = deliver("PUT", write.path(), Wire.bytes(write.body()));
            if (sent.answer().isEmpty()) {
                ledger.abandoned("PUT " + write.path());
                return acknowledged;
            }
            int status = sent.answer().get().status();
            boolean expected = write.resend() ? status == 200 : status == 201 || status == 200 && sent.retried();
            if (!expected) {
                ledger.unexpected("PUT " + write.path() + " -> " + excerpt(sent.answer().get()));
                return acknowledged;
            }
            ledger.acknowledged();
            acknowledged.add(write.path());
        }
        return acknowledged;
    }

    Acknowledged play(ReportScript script) {
        UUID id = script.reportId();
        int version = 0;
        String status = null;
        Map<String, Object> content = null;
        for (Step step : script.steps()) {
            pace.run();
            ledger.operation();
            boolean decision = step.isDecision();
            String path = "/api/v1/damage-reports/" + id + (decision ? "/verification" : "");
            // amendments and decisions name the version they were made on, so a delayed retry cannot apply later
            String[] ifMatch = step.kind() == Kind.AMEND || decision
                    ? new String[] {"If-Match", "\"" + version + "\""} : new String[0];
            Sent sent = deliver(decision ? "POST" : "PUT", path, Wire.bytes(step.body()), ifMatch);
            String what = step.kind() + " " + id;
            if (sent.answer().isEmpty()) {
                ledger.abandoned(what);
                return new Acknowledged(id, false, false, version, status, content);
            }
            Answer answer = sent.answer().get();
            if (step.kind() == Kind.REFUSED) {
                if (answer.status() == 422 && answer.isProblem()) {
                    ledger.refusedAsExpected();
                    return new Acknowledged(id, true, true, 0, null, null);
                }
                ledger.unexpected(what + " -> " + answer.status() + " " + excerpt(answer));
                return new Acknowledged(id, true, false, 0, null, null);
            }
            int expectedVersion = switch (step.kind()) {
                case SUBMIT -> 1;
                case RESEND -> version;
                case AMEND -> version + 1;
                case VERIFY -> "VERIFIED".equals(status) ? version : version + 1;
                case REJECT -> "REJECTED".equals(status) ? version : version + 1;
                case REFUSED -> throw new IllegalStateException("handled above");
            };
            JsonNode receipt = answer.json();
            // a retried submission finds the report created (200) only if an earlier attempt went through
            boolean acknowledged = step.kind() == Kind.SUBMIT
                    ? answer.status() == 201 || answer.status() == 200 && sent.retried()
                    : answer.status() == 200;
            if (!acknowledged || receipt.path("version").asInt() != expectedVersion) {
                ledger.unexpected(what + " (version " + version + ") -> " + answer.status() + " " + excerpt(answer));
                return new Acknowledged(id, false, false, version, status, content);
            }
            ledger.acknowledged();
            version = expectedVersion;
            status = receipt.path("status").asText();
            if (!decision) {
                content = step.body();
            }
        }
        return new Acknowledged(id, false, true, version, status, content);
    }

    /** The answer (none when given up) and whether it took more than one attempt. */
    record Sent(Optional<Answer> answer, boolean retried) {
    }

    /** Sends until an answer that is not "unavailable" comes, or the client gives up. */
    Sent deliver(String method, String path, byte[] body, String... headers) {
        Instant first = Instant.now();
        Duration backoff = FIRST_BACKOFF;
        boolean retry = false;
        while (true) {
            Instant started = Instant.now();
            Optional<Answer> answer = wire.send(method, gateway.apply(path), body, withCredentials(headers));
            Ledger.Outcome outcome = classify(answer);
            ledger.attempt(retry, outcome, answer.map(Answer::status).orElse(0), started,
                    method + " " + path + " -> " + answer.map(FieldApp::excerpt).orElse("no answer"));
            if (outcome == Ledger.Outcome.ANSWERED) {
                return new Sent(answer, retry);
            }
            if (Duration.between(first, Instant.now()).compareTo(giveUpAfter) > 0 || awaitAbort(backoff)) {
                return new Sent(Optional.empty(), retry);
            }
            retry = true;
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** 503 and the gateway's 502/504 naming a service mean "not reachable now": the app tries again later. */
    static Ledger.Outcome classify(Optional<Answer> answer) {
        if (answer.isEmpty()) {
            return Ledger.Outcome.NO_ANSWER;
        }
        int status = answer.get().status();
        boolean fromGateway = answer.get().json().hasNonNull("service");
        if (status == 503 || (status == 502 || status == 504) && fromGateway) {
            return Ledger.Outcome.UNAVAILABLE;
        }
        return status >= 500 ? Ledger.Outcome.SERVER_ERROR : Ledger.Outcome.ANSWERED;
    }

    private String[] withCredentials(String[] headers) {
        String[] auth = credentials.get();
        String[] all = new String[headers.length + auth.length];
        System.arraycopy(auth, 0, all, 0, auth.length);
        System.arraycopy(headers, 0, all, auth.length, headers.length);
        return all;
    }

    /** Waits out a retry's backoff; true when the run is being aborted. */
    private boolean awaitAbort(Duration backoff) {
        try {
            return aborted.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static String excerpt(Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        return answer.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
