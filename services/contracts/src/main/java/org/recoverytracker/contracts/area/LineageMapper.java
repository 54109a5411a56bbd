package org.recoverytracker.contracts.area;

import java.util.List;
import java.util.Optional;

/**
 * Carries an area across a boundary reform through the lineage table. An area maps to one target only when
 * it lies wholly inside it: forward, an old commune whose single lineage row is a whole merge; backward, a
 * new commune made from exactly one old commune (whole or part of it). Anything else is a split, never a guess.
 */
final class LineageMapper {
    private final Gazetteer gazetteer;

    LineageMapper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    AreaMapping map(String code, BoundaryVersion from, BoundaryVersion to) {
        Optional<Area> source = gazetteer.area(code, from);
        gazetteer.root(to); // fails for a version of another gazetteer, as an unknown source version does
        if (source.isEmpty()) {
            return new AreaMapping.Unmapped(code, AreaMapping.Reason.UNKNOWN_CODE);
        }
        Area area = source.get();
        if (from.equals(to)) {
            return new AreaMapping.Mapped(area);
        }
        if (!to.hasLevel(area.level())) {
            return new AreaMapping.Unmapped(code, AreaMapping.Reason.LEVEL_ABOLISHED);
        }
        return switch (area.level()) {
            case PROVINCE -> gazetteer.root(to).code().equals(code)
                    ? new AreaMapping.Mapped(gazetteer.root(to))
                    : new AreaMapping.Unmapped(code, AreaMapping.Reason.NO_LINEAGE);
            case DISTRICT -> new AreaMapping.Unmapped(code, AreaMapping.Reason.NO_LINEAGE);
            case COMMUNE -> from.validFrom().isBefore(to.validFrom()) ? forward(code, from, to) : backward(code, from, to);
        };
    }

    private AreaMapping forward(String code, BoundaryVersion from, BoundaryVersion to) {
        List<LineageLink> links = gazetteer.lineage().stream()
                .filter(l -> l.from().equals(from) && l.to().equals(to) && l.oldCode().equals(code))
                .toList();
        if (links.size() == 1 && links.get(0).mergeType() == MergeType.FULL) {
            return new AreaMapping.Mapped(gazetteer.area(links.get(0).newCode(), to).orElseThrow());
        }
        return outcome(code, links.stream().map(LineageLink::newCode).distinct().toList(), to);
    }

    private AreaMapping backward(String code, BoundaryVersion from, BoundaryVersion to) {
        List<String> oldCodes = gazetteer.lineage().stream()
                .filter(l -> l.from().equals(to) && l.to().equals(from) && l.newCode().equals(code))
                .map(LineageLink::oldCode)
                .distinct()
                .toList();
        if (oldCodes.size() == 1) {
            return new AreaMapping.Mapped(gazetteer.area(oldCodes.get(0), to).orElseThrow());
        }
        return outcome(code, oldCodes, to);
    }

    private AreaMapping outcome(String code, List<String> targetCodes, BoundaryVersion to) {
        if (targetCodes.isEmpty()) {
            return new AreaMapping.Unmapped(code, AreaMapping.Reason.NO_LINEAGE);
        }
        List<Area> candidates = targetCodes.stream().map(c -> gazetteer.area(c, to).orElseThrow()).toList();
        return new AreaMapping.Split(candidates, commonAncestor(candidates, to));
    }

    /** The nearest area containing all candidates; the province when a lone partial row leaves the rest unknown. */
    private Area commonAncestor(List<Area> candidates, BoundaryVersion version) {
        if (candidates.size() == 1) {
            return gazetteer.root(version);
        }
        for (Area up : gazetteer.ancestors(candidates.get(0).code(), version)) {
            if (candidates.stream().allMatch(c -> gazetteer.isWithin(c.code(), up.code(), version))) {
                return up;
            }
        }
        return gazetteer.root(version);
    }
}
