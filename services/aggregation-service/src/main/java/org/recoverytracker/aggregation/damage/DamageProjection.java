package org.recoverytracker.aggregation.damage;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.recoverytracker.aggregation.damage.DamageReports.StoredReport;
import org.recoverytracker.aggregation.ingest.Projection;
import org.recoverytracker.aggregation.ingest.UnapplicableEvent;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.damage.DamageEvent;
import org.recoverytracker.contracts.damage.DamageReportAmended;
import org.recoverytracker.contracts.damage.DamageReportRejected;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.damage.DamageReportVerified;
import org.recoverytracker.contracts.damage.DisasterDeclared;

/**
 * Keeps each report's current version, status and figures, whatever order its events arrive in: the content is that of
 * the latest content event (submission or amendment) taken in, the status that of the latest event of all. An amendment
 * replaces all of the report's figures and puts it back to SUBMITTED (its new content is not yet verified) unless a
 * later decision is already held; a decision changes the status only. Content and decisions are versioned apart
 * because a relay may publish a decision before the amendment it was taken on (issue 9: a batch that failed after
 * some of its records landed is published again), and the amendment must still count.
 */
@Singleton
final class DamageProjection implements Projection<DamageEvent> {
    private final DamageReports reports;
    private final Disasters disasters;
    private final Gazetteer gazetteer;
    private final ApplicationEventPublisher<DamageTotalsChanges> changes;

    DamageProjection(DamageReports reports, Disasters disasters, Gazetteer gazetteer,
                     ApplicationEventPublisher<DamageTotalsChanges> changes) {
        this.reports = reports;
        this.disasters = disasters;
        this.gazetteer = gazetteer;
        this.changes = changes;
    }

    @Override
    public Class<DamageEvent> events() {
        return DamageEvent.class;
    }

    @Override
    public Outcome apply(DamageEvent event) {
        return applyAll(List.of(event)).getFirst();
    }

    /**
     * Reads every report the events name in one statement, applies the events in order to that state in memory,
     * then writes each report's final state in a few statements: the same rows as applying them one by one.
     */
    @Override
    public List<Outcome> applyAll(List<DamageEvent> events) {
        Set<UUID> named = new HashSet<>();
        events.forEach(event -> reportId(event).ifPresent(named::add));
        Batch batch = new Batch(reports.current(named));
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (DamageEvent event : events) {
            outcomes.add(apply(event, batch));
        }
        reports.write(batch.changes.values());
        if (!batch.announcements.isEmpty()) {
            changes.publishEvent(new DamageTotalsChanges(List.copyOf(batch.announcements)));
        }
        return outcomes;
    }

    private Outcome apply(DamageEvent event, Batch batch) {
        return switch (event) {
            case DisasterDeclared declared -> disasters.declare(declared) ? Outcome.APPLIED : Outcome.IGNORED;
            case DamageReportSubmitted submitted -> store(batch, Optional.ofNullable(batch.held.get(submitted.reportId())),
                    content(submitted));
            case DamageReportAmended amended -> {
                StoredReport held = existing(batch, amended.reportId(), "amended");
                yield store(batch, Optional.of(held), content(amended, held.submittedAt()));
            }
            case DamageReportVerified verified -> decide(batch, verified.reportId(), verified.version(), ReportStatus.VERIFIED);
            case DamageReportRejected rejected -> decide(batch, rejected.reportId(), rejected.version(), ReportStatus.REJECTED);
        };
    }

    private static Optional<UUID> reportId(DamageEvent event) {
        return switch (event) {
            case DisasterDeclared declared -> Optional.empty();
            case DamageReportSubmitted submitted -> Optional.of(submitted.reportId());
            case DamageReportAmended amended -> Optional.of(amended.reportId());
            case DamageReportVerified verified -> Optional.of(verified.reportId());
            case DamageReportRejected rejected -> Optional.of(rejected.reportId());
        };
    }

    private Outcome store(Batch batch, Optional<StoredReport> held, ReportContent content) {
        if (held.isPresent() && held.get().contentVersion() >= content.version()) {
            return Outcome.IGNORED;
        }
        batch.store(content);
        held.ifPresent(h -> batch.announce(content.reportId(), h));
        batch.announcements.add(new DamageTotalsChanged(content.reportId(), content.disasterId(), content.areaCode(),
                content.boundaryVersion()));
        return Outcome.APPLIED;
    }

    private Outcome decide(Batch batch, UUID reportId, int version, ReportStatus status) {
        StoredReport held = existing(batch, reportId, "decided");
        if (version < held.version()) {
            return Outcome.IGNORED;
        }
        batch.decide(reportId, version, status);
        batch.announce(reportId, held);
        return Outcome.APPLIED;
    }

    private static StoredReport existing(Batch batch, UUID reportId, String what) {
        StoredReport held = batch.held.get(reportId);
        if (held == null) {
            throw new UnapplicableEvent("report " + reportId + " was " + what + " but never submitted");
        }
        return held;
    }

    /** The reports a batch names as its events leave them, what to write, and what to announce once written. */
    private static final class Batch {
        private final Map<UUID, StoredReport> held;
        private final Set<UUID> stored;
        private final Map<UUID, DamageReports.Change> changes = new LinkedHashMap<>();
        private final List<DamageTotalsChanged> announcements = new ArrayList<>();

        Batch(Map<UUID, StoredReport> held) {
            this.held = held;
            this.stored = Set.copyOf(held.keySet());
        }

        /** New content; a decision with a later version already held keeps its version and status. */
        void store(ReportContent content) {
            StoredReport before = held.get(content.reportId());
            boolean laterDecision = before != null && before.version() >= content.version();
            int version = laterDecision ? before.version() : content.version();
            ReportStatus status = laterDecision ? before.status() : ReportStatus.SUBMITTED;
            held.put(content.reportId(), new StoredReport(version, content.version(), status, content.disasterId(),
                    content.areaCode(), content.boundaryVersion(), content.submittedAt()));
            changes.put(content.reportId(), new DamageReports.Change(content.reportId(), stored.contains(content.reportId()),
                    content, version, status));
        }

        void decide(UUID reportId, int version, ReportStatus status) {
            StoredReport before = held.get(reportId);
            held.put(reportId, new StoredReport(version, before.contentVersion(), status, before.disasterId(),
                    before.areaCode(), before.boundaryVersion(), before.submittedAt()));
            DamageReports.Change pending = changes.get(reportId);
            changes.put(reportId, pending == null
                    ? new DamageReports.Change(reportId, true, null, version, status)
                    : new DamageReports.Change(reportId, pending.existed(), pending.content(), version, status));
        }

        void announce(UUID reportId, StoredReport held) {
            announcements.add(new DamageTotalsChanged(reportId, held.disasterId(), held.areaCode(), held.boundaryVersion()));
        }
    }

    private ReportContent content(DamageReportSubmitted s) {
        return new ReportContent(s.reportId(), s.version(), s.disasterId(), s.areaCode(),
                areaOn(s.areaCode(), s.asOf()).validFrom(), s.source(), s.reportType(), s.asOf(), s.submittedAt(), s.figures());
    }

    /** An amendment keeps the report's submission time: ties between reports are broken by when they were first sent. */
    private ReportContent content(DamageReportAmended a, Instant submittedAt) {
        return new ReportContent(a.reportId(), a.version(), a.disasterId(), a.areaCode(),
                areaOn(a.areaCode(), a.asOf()).validFrom(), a.source(), a.reportType(), a.asOf(), submittedAt, a.figures());
    }

    private Area areaOn(String code, Instant asOf) {
        return gazetteer.find(code, asOf).orElseThrow(() -> new UnapplicableEvent(
                "area " + code + " is not a valid code on " + Gazetteer.dateOf(asOf)));
    }
}
