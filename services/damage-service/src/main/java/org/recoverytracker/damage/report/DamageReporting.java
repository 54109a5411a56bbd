package org.recoverytracker.damage.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageReportAmended;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.intake.idempotency.Fingerprint;
import org.recoverytracker.intake.idempotency.IdempotentIntake;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Amend;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Create;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Replay;
import org.recoverytracker.intake.idempotency.IntakeLock;
import org.recoverytracker.intake.outbox.Outbox;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.Actors;
import org.recoverytracker.intake.security.AreaScope;
import org.recoverytracker.intake.security.Ownership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Submitting and amending a damage report: stored with its event in one transaction, retries answered as before. */
@Singleton
public class DamageReporting {
    private static final Logger LOG = LoggerFactory.getLogger(DamageReporting.class);

    private final DamageReportStore store;
    private final IntakeLock lock;
    private final DamageReportRules rules;
    private final AreaScope areaScope;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    DamageReporting(DamageReportStore store, IntakeLock lock, DamageReportRules rules, AreaScope areaScope, Outbox outbox,
                    ObjectMapper json, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.rules = rules;
        this.areaScope = areaScope;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** What the client is told: the receipt, and whether this call created the report (201) or not (200). */
    public record Outcome(boolean created, ReportReceipt receipt) {
    }

    /** Field staff only for areas inside their assignment, and only their own reports; nothing is stored otherwise. */
    @Transactional
    public Outcome submit(UUID reportId, DamageReportRequest report, OptionalInt ifMatch, Authentication caller) {
        String user = Actors.name(caller);
        String fingerprint = Fingerprint.of(json, report);
        lock.lock("damage-report", reportId);
        Optional<DamageReportStore.Stored> current = store.currentForUpdate(reportId);
        current.ifPresent(stored -> Ownership.requireOwn(caller, stored.view().submittedBy(), "report " + reportId));
        IdempotentIntake.Step step = IdempotentIntake.decide("report " + reportId,
                current.map(c -> new IdempotentIntake.Current(c.view().version(), c.fingerprint(),
                        store.hasVersionWithFingerprint(reportId, fingerprint))),
                fingerprint, ifMatch);
        return switch (step) {
            case Replay replay -> new Outcome(false, receipt(current.orElseThrow().view()));
            case Create create -> create(reportId, report, fingerprint, caller);
            case Amend amend -> amend(current.orElseThrow().view(), amend, report, fingerprint, caller);
        };
    }

    private Outcome create(UUID reportId, DamageReportRequest report, String fingerprint, Authentication caller) {
        rules.check(report);
        areaScope.require(caller, "areaCode", report.areaCode(), report.asOf());
        String user = Actors.name(caller);
        Instant now = clock.instant();
        store.insert(new DamageReportStore.NewVersion(reportId, 1, "SUBMITTED", ReportStatus.SUBMITTED, report, fingerprint,
                null, user, now));
        outbox.append(Topics.DAMAGE_REPORTS, new DamageReportSubmitted(UUID.randomUUID(), report.asOf(), reportId, 1,
                report.disasterId(), report.areaCode(), report.asOf(), report.source(), report.reportType(), report.figures(),
                report.location(), report.note(), user, now));
        // the busiest write: its audit row already says who submitted what and when
        LOG.debug("report {} submitted for area {} disaster {}", reportId, report.areaCode(), report.disasterId());
        return new Outcome(true, new ReportReceipt(reportId, 1, ReportStatus.SUBMITTED));
    }

    /** An amendment replaces every figure; a rejected report that is amended is up for a decision again. */
    private Outcome amend(DamageReportView current, Amend amend, DamageReportRequest report, String fingerprint,
                          Authentication caller) {
        rules.check(report);
        areaScope.require(caller, "areaCode", report.areaCode(), report.asOf());
        String user = Actors.name(caller);
        Instant now = clock.instant();
        store.update(new DamageReportStore.NewVersion(current.reportId(), amend.nextVersion(), "AMENDED", ReportStatus.SUBMITTED,
                report, fingerprint, null, user, now));
        outbox.append(Topics.DAMAGE_REPORTS, new DamageReportAmended(UUID.randomUUID(), report.asOf(), current.reportId(),
                amend.nextVersion(), amend.replacesVersion(), report.disasterId(), report.areaCode(), report.asOf(), report.source(),
                report.reportType(), report.figures(), report.location(), report.note(), user, now));
        LOG.info("report {} amended to version {}", current.reportId(), amend.nextVersion());
        return new Outcome(false, new ReportReceipt(current.reportId(), amend.nextVersion(), ReportStatus.SUBMITTED));
    }

    @ReadOnly
    public DamageReportView current(UUID reportId, Authentication caller) {
        DamageReportView view = store.current(reportId).map(DamageReportStore.Stored::view)
                .orElseThrow(() -> ProblemException.notFound("no report " + reportId));
        Ownership.requireOwn(caller, view.submittedBy(), "report " + reportId);
        return view;
    }

    @ReadOnly
    public List<DamageReportView> versions(UUID reportId, Authentication caller) {
        List<DamageReportView> versions = store.versions(reportId);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("no report " + reportId);
        }
        Ownership.requireOwn(caller, versions.getFirst().submittedBy(), "report " + reportId);
        return versions;
    }

    /** Field staff search only their own reports, whatever {@code submittedBy} they ask for. */
    @ReadOnly
    public ReportPage search(ReportSearch search, Authentication caller) {
        return store.page(search.by(Ownership.submitterFilter(caller, search.submittedBy())));
    }

    /**
     * The report a verifier compares this one with: the one it would replace, i.e. the other report of the same
     * disaster, area and source, not rejected, that stands just before it (by {@code asOf}, then first submission).
     * Field staff reach only their own reports, and compare with their own.
     */
    @ReadOnly
    public DamageReportView previous(UUID reportId, Authentication caller) {
        DamageReportView report = current(reportId, caller);
        return store.previous(report, Ownership.submitterFilter(caller, null)).orElseThrow(() -> ProblemException.notFound(
                "no report for disaster " + report.content().disasterId() + ", area " + report.content().areaCode()
                        + " and source " + report.content().source() + " stands before report " + reportId));
    }

    static ReportReceipt receipt(DamageReportView view) {
        return new ReportReceipt(view.reportId(), view.version(), view.status());
    }
}
