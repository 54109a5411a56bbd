package org.recoverytracker.aggregation.rebuild;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.aggregation.aid.AidTotals;
import org.recoverytracker.aggregation.damage.Disasters;
import org.recoverytracker.aggregation.rebuild.FundingGapAnswer.AreaGap;
import org.recoverytracker.aggregation.rebuild.RebuildTotals.PlacedProject;
import org.recoverytracker.aggregation.rebuild.TargetTracking.PlacedTarget;
import org.recoverytracker.aggregation.rebuild.TargetsAnswer.Summary;
import org.recoverytracker.aggregation.totals.AreaView.Path;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * Every area's rebuilding now, for the export: the same figures as the totals, funding-gap and targets APIs give for
 * each area, read once for all areas. The disaster must be known to some topic (else 404).
 */
@Singleton
public class RebuildExport {
    /** The sector name of an area's row of every sector together. */
    public static final String ALL = "ALL";

    private final Scopes scopes;
    private final Disasters disasters;
    private final AidTotals aid;
    private final RebuildReads reads;
    private final RebuildTotals totals;
    private final TargetTracking targets;
    private final FundingGap fundingGap;
    private final Clock clock;

    RebuildExport(Scopes scopes, Disasters disasters, AidTotals aid, RebuildReads reads, RebuildTotals totals,
                  TargetTracking targets, FundingGap fundingGap, Clock clock) {
        this.scopes = scopes;
        this.disasters = disasters;
        this.aid = aid;
        this.reads = reads;
        this.totals = totals;
        this.targets = targets;
        this.fundingGap = fundingGap;
        this.clock = clock;
    }

    @ReadOnly
    public RebuildTable everyArea(String disasterId, Optional<LocalDate> boundaries) {
        if (!disasters.isKnown(disasterId) && !aid.knows(disasterId) && !reads.knows(disasterId)) {
            throw ProblemException.notFound("disaster", "no disaster '" + disasterId + "' has been declared, reported on,"
                    + " given aid for or rebuilt after");
        }
        Scope scope = scopes.in(disasterId, Optional.empty(), boundaries);
        Instant at = clock.instant();
        List<PlacedProject> projects = totals.placed(scope, disasterId, at);
        List<PlacedTarget> placedTargets = targets.placed(scope, disasterId, at);
        List<Path> paths = scope.view().topDown(scope.area());
        Map<String, AreaGap> gaps = fundingGap.gaps(scope, disasterId, paths.stream().map(Path::area).toList());
        List<RebuildTable.Row> rows = paths.stream().map(path -> {
            Area area = path.area();
            List<RebuildTable.SectorRow> sectors = RebuildTotals.sectors(projects, p -> p.placed().within(scope.view(), area.code()))
                    .stream().map(s -> RebuildTable.SectorRow.of(s.sector().name(), s.projects(), s.byStatus().completed(),
                            s.budgetVnd(), s.disbursedVnd()))
                    .toList();
            RebuildTable.SectorRow total = RebuildTable.SectorRow.of(ALL, sectors.stream().mapToInt(RebuildTable.SectorRow::projects).sum(),
                    sectors.stream().mapToInt(RebuildTable.SectorRow::completed).sum(),
                    sectors.stream().mapToLong(RebuildTable.SectorRow::budgetVnd).reduce(0, Math::addExact),
                    sectors.stream().mapToLong(RebuildTable.SectorRow::disbursedVnd).reduce(0, Math::addExact));
            Summary summary = Summary.of(placedTargets.stream().filter(t -> t.placed().within(scope.view(), area.code()))
                    .map(PlacedTarget::line).toList());
            AreaGap gap = gaps.get(area.code());
            return new RebuildTable.Row(area, path.above(), total, sectors, gap.allocatedVnd(), gap.gapVnd(),
                    summary.total(), summary.onTrack(), summary.atRisk(), summary.offTrack());
        }).toList();
        return new RebuildTable(disasterId, at, scope.view().version().id(), rows);
    }
}
