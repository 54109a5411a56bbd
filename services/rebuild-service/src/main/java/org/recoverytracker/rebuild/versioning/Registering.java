package org.recoverytracker.rebuild.versioning;

import io.micronaut.transaction.annotation.ReadOnly;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.rebuild.versioning.Documents.Filter;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Change;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Outcome;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Write;

/**
 * A kind of top-level document (a project, a target) registered under a client-made id and amended with If-Match:
 * its one write and the reads every kind has. A subclass gives the kind's rules and its two events.
 */
public abstract class Registering<C> {
    private final Documents<C> documents;
    private final VersionedIntake intake;
    private final String what;

    protected Registering(Documents<C> documents, VersionedIntake intake, String what) {
        this.documents = documents;
        this.intake = intake;
        this.what = what;
    }

    /** Refuses (422) what a well-formed request may still not be. */
    protected abstract void check(C content);

    /** The event of a first version, or of an amendment. */
    protected abstract RebuildEvent event(Change<C> change);

    public Outcome register(UUID id, C content, OptionalInt ifMatch, String user) {
        return intake.write(documents, new Write<>(what + " " + id, id, null, content, ifMatch, user), this::check, this::event);
    }

    @ReadOnly
    public Document<C> current(UUID id) {
        return documents.require(id, what);
    }

    @ReadOnly
    public List<Document<C>> versions(UUID id) {
        return documents.requireVersions(id, what);
    }

    /** For a subclass's listing, which says what it filters on (and is itself {@code @ReadOnly}). */
    protected DocumentPage<C> page(List<Filter> filters, int page, int size) {
        return documents.page(filters, page, size);
    }
}
