package org.recoverytracker.intake.idempotency;

import java.util.Optional;
import java.util.OptionalInt;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * The one rule for create-or-amend by a client-chosen id: the same content again is answered as before
 * and stores nothing; different content under the same id is a conflict unless it is an amendment
 * naming the current version.
 */
public final class IdempotentIntake {
    private IdempotentIntake() {
    }

    /** What is stored under the id now. {@code fingerprintSeen}: some version of it had the request's fingerprint. */
    public record Current(int version, String fingerprint, boolean fingerprintSeen) {
    }

    public sealed interface Step {
    }

    public record Create() implements Step {
    }

    /** Nothing to store: answer with what is current. */
    public record Replay() implements Step {
    }

    public record Amend(int replacesVersion, int nextVersion) implements Step {
    }

    /**
     * The rule for things that are recorded once and never amended (a receipt, an allocation): the same content
     * again is a replay, different content under the same id a conflict.
     */
    public static Step decideOnce(String what, Optional<String> storedFingerprint, String fingerprint) {
        if (storedFingerprint.isEmpty()) {
            return new Create();
        }
        if (storedFingerprint.get().equals(fingerprint)) {
            return new Replay();
        }
        throw ProblemException.conflict(what + " already exists with different content, and it cannot be amended");
    }

    public static Step decide(String what, Optional<Current> current, String fingerprint, OptionalInt ifMatch) {
        if (current.isEmpty()) {
            if (ifMatch.isPresent()) {
                throw ProblemException.notFound(what + " does not exist, so there is no version " + ifMatch.getAsInt() + " to amend");
            }
            return new Create();
        }
        Current now = current.get();
        if (ifMatch.isEmpty()) {
            if (now.fingerprintSeen()) {
                return new Replay();
            }
            throw ProblemException.conflict(what + " already exists with different content; to amend it, send If-Match with version "
                    + now.version());
        }
        int replaces = ifMatch.getAsInt();
        if (replaces == now.version()) {
            return now.fingerprint().equals(fingerprint) ? new Replay() : new Amend(replaces, now.version() + 1);
        }
        // a retried amendment that already went through
        if (replaces == now.version() - 1 && now.fingerprint().equals(fingerprint)) {
            return new Replay();
        }
        throw ProblemException.staleVersion(what + " is at version " + now.version() + ", not " + replaces);
    }
}
