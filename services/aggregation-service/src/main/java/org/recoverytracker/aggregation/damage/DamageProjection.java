package org.recoverytracker.aggregation.damage;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
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
    private final ApplicationEventPublisher<DamageTotalsChanged> changes;

    DamageProjection(DamageReports reports, Disasters disasters, Gazetteer gazetteer,
                     ApplicationEventPublisher<DamageTotalsChanged> changes) {
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
        return switch (event) {
            case DisasterDeclared declared -> disasters.declare(declared) ? Outcome.APPLIED : Outcome.IGNORED;
            case DamageReportSubmitted submitted -> store(reports.current(submitted.reportId()), content(submitted));
            case DamageReportAmended amended -> {
                StoredReport held = existing(amended.reportId(), "amended");
                yield store(Optional.of(held), content(amended, held.submittedAt()));
            }
            case DamageReportVerified verified -> decide(verified.reportId(), verified.version(), ReportStatus.VERIFIED);
            case DamageReportRejected rejected -> decide(rejected.reportId(), rejected.version(), ReportStatus.REJECTED);
        };
    }

    private Outcome store(Optional<StoredReport> held, ReportContent content) {
        if (held.isPresent() && held.get().contentVersion() >= content.version()) {
            return Outcome.IGNORED;
        }
        reports.store(content);
        held.ifPresent(this::changed);
        changes.publishEvent(new DamageTotalsChanged(content.disasterId(), content.areaCode(), content.boundaryVersion()));
        return Outcome.APPLIED;
    }

    private Outcome decide(UUID reportId, int version, ReportStatus status) {
        StoredReport held = existing(reportId, "decided");
        if (version < held.version()) {
            return Outcome.IGNORED;
        }
        reports.decide(reportId, version, status);
        changed(held);
        return Outcome.APPLIED;
    }

    private StoredReport existing(UUID reportId, String what) {
        return reports.current(reportId).orElseThrow(() ->
                new UnapplicableEvent("report " + reportId + " was " + what + " but never submitted"));
    }

    private void changed(StoredReport held) {
        changes.publishEvent(new DamageTotalsChanged(held.disasterId(), held.areaCode(), held.boundaryVersion()));
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
