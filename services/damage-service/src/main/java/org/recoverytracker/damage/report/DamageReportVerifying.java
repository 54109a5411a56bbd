package org.recoverytracker.damage.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageReportRejected;
import org.recoverytracker.contracts.damage.DamageReportVerified;
import org.recoverytracker.intake.outbox.Outbox;
import org.recoverytracker.intake.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A coordinator's decision on a report. Deciding what already stands changes nothing. */
@Singleton
public class DamageReportVerifying {
    private static final Logger LOG = LoggerFactory.getLogger(DamageReportVerifying.class);

    private final DamageReportStore store;
    private final Outbox outbox;
    private final Clock clock;

    DamageReportVerifying(DamageReportStore store, Outbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Takes the decision, or answers with what stands when it already does. {@code ifMatch}: the version the decision
     * was made on; when the report has changed since (an amendment, another decision), 412 and nothing changes. Found
     * by the chaos run (issue 9): a timed-out rejection, retried and applied, came back from a slow database after the
     * field officer's amendment and rejected the new version.
     */
    @Transactional
    public ReportReceipt decide(UUID reportId, VerificationRequest decision, OptionalInt ifMatch, String user) {
        DamageReportStore.Stored current = store.currentForUpdate(reportId)
                .orElseThrow(() -> ProblemException.notFound("no report " + reportId));
        ReportStatus status = decision.decision() == VerificationRequest.Decision.VERIFIED ? ReportStatus.VERIFIED : ReportStatus.REJECTED;
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (status == ReportStatus.REJECTED && reason == null) {
            throw ProblemException.unprocessable("reason", "a rejection must say why");
        }
        DamageReportView view = current.view();
        if (view.status() == status) {
            return DamageReporting.receipt(view);
        }
        if (ifMatch.isPresent() && ifMatch.getAsInt() != view.version()) {
            throw ProblemException.staleVersion("report " + reportId + " is at version " + view.version() + ", not "
                    + ifMatch.getAsInt() + ": look at it again before deciding");
        }
        Instant now = clock.instant();
        int version = view.version() + 1;
        store.update(new DamageReportStore.NewVersion(reportId, version, status.name(), status, view.content(), current.fingerprint(),
                reason, user, now));
        outbox.append(Topics.DAMAGE_REPORTS, status == ReportStatus.VERIFIED
                ? new DamageReportVerified(UUID.randomUUID(), now, reportId, version, user, reason)
                : new DamageReportRejected(UUID.randomUUID(), now, reportId, version, user, reason));
        LOG.info("report {} {} by {}", reportId, status, user);
        return new ReportReceipt(reportId, version, status);
    }
}
