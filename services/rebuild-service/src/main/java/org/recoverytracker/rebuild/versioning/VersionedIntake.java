package org.recoverytracker.rebuild.versioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.intake.idempotency.Fingerprint;
import org.recoverytracker.intake.idempotency.IdempotentIntake;
import org.recoverytracker.intake.idempotency.IfMatch;
import org.recoverytracker.intake.idempotency.IntakeLock;
import org.recoverytracker.intake.outbox.Outbox;
import org.recoverytracker.intake.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one write path of projects, targets and their progress updates: serialised per id ({@link IntakeLock}),
 * {@link IdempotentIntake} decides; a replay stores nothing; a first version or an amendment is checked by the kind's
 * rules, then stored with its event in one transaction (the outbox relay publishes it once committed).
 */
@Singleton
public class VersionedIntake {
    private static final Logger LOG = LoggerFactory.getLogger(VersionedIntake.class);

    private final IntakeLock lock;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    VersionedIntake(IntakeLock lock, Outbox outbox, ObjectMapper json, Clock clock) {
        this.lock = lock;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** A client's write: {@code what} names the document in messages ("project 5b0e…"). */
    public record Write<C>(String what, UUID id, @Nullable UUID parentId, C content, OptionalInt ifMatch, String user) {
    }

    /** A version about to be stored; {@code replacesVersion} is 0 for a first version. */
    public record Change<C>(UUID id, @Nullable UUID parentId, int version, int replacesVersion, C content, String user,
                            Instant at) {
        public boolean first() {
            return version == 1;
        }
    }

    /** Whether this call created the document (201) or not (200), and the version that stands. */
    public record Outcome(boolean created, Receipt receipt) {
        public HttpResponse<Receipt> response() {
            return HttpResponse.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                    .header("ETag", IfMatch.etag(receipt.version()))
                    .body(receipt);
        }
    }

    /** A document answered with its version as ETag, for the client to echo in If-Match. */
    public static <C> HttpResponse<Document<C>> tagged(Document<C> document) {
        return HttpResponse.ok(document).header("ETag", IfMatch.etag(document.version()));
    }

    @Transactional
    public <C> Outcome write(Documents<C> documents, Write<C> write, Consumer<C> rules,
                             Function<Change<C>, RebuildEvent> event) {
        // copies of one first write racing each other: the second waits, then finds the first and is a replay
        lock.lock(documents.kind(), write.id());
        String fingerprint = Fingerprint.of(json, write.content());
        Optional<Documents.Stored<C>> current = documents.current(write.id());
        current.map(Documents.Stored::document)
                .filter(held -> !Objects.equals(held.parentId(), write.parentId()))
                .ifPresent(held -> {
                    throw ProblemException.conflict(write.what() + " belongs to " + held.parentId() + ", not " + write.parentId());
                });
        IdempotentIntake.Step step = IdempotentIntake.decide(write.what(),
                current.map(c -> new IdempotentIntake.Current(c.document().version(), c.fingerprint(),
                        documents.hasVersionWithFingerprint(write.id(), fingerprint))),
                fingerprint, write.ifMatch());
        return switch (step) {
            case IdempotentIntake.Replay replay -> new Outcome(false, new Receipt(write.id(), current.orElseThrow().document().version()));
            case IdempotentIntake.Create create -> store(documents, change(write, 1, 0), fingerprint, rules, event);
            case IdempotentIntake.Amend amend ->
                    store(documents, change(write, amend.nextVersion(), amend.replacesVersion()), fingerprint, rules, event);
        };
    }

    private <C> Outcome store(Documents<C> documents, Change<C> change, String fingerprint, Consumer<C> rules,
                              Function<Change<C>, RebuildEvent> event) {
        rules.accept(change.content());
        documents.save(change.id(), change.parentId(), change.version(), change.content(), fingerprint, change.user(), change.at());
        RebuildEvent published = event.apply(change);
        outbox.append(Topics.REBUILD_PROGRESS, published);
        LOG.info("{} {} stored as version {}", published.getClass().getSimpleName(), change.id(), change.version());
        return new Outcome(change.first(), new Receipt(change.id(), change.version()));
    }

    private <C> Change<C> change(Write<C> write, int version, int replacesVersion) {
        return new Change<>(write.id(), write.parentId(), version, replacesVersion, write.content(), write.user(), clock.instant());
    }
}
