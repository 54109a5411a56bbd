package org.recoverytracker.intake.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.area.LineageLink;
import org.recoverytracker.intake.problem.Problem;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * Field staff may submit only for areas inside their assigned subtrees, judged in the boundaries valid on the fact's
 * own date (a report as of September 2024 uses the three-tier tree even after the 2025 reform). An assignment also
 * reaches across a boundary reform through the gazetteer's lineage: a district assigned before 1 July 2025 covers the
 * new communes made (wholly or partly) from its communes, and a new commune covers the old communes it was made from.
 * An assigned code names an area in every version where it exists (codes were reused by the reform), and covers the
 * union. A fact's area is covered when all of its communes are, so an officer of one new commune cannot report for a
 * whole old district. Coordinators are not limited. A refusal is a 403 problem naming the field, and the caller
 * stores nothing.
 */
@Singleton
public class AreaScope {
    private final Gazetteer gazetteer;

    AreaScope(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@code areaCode} null means the whole province (a fact not tied to one area, such as aid to the pooled fund). */
    public void require(Authentication caller, String field, @Nullable String areaCode, Instant when) {
        require(caller, field, areaCode, Gazetteer.dateOf(when));
    }

    public void require(Authentication caller, String field, @Nullable String areaCode, LocalDate date) {
        if (!Roles.isFieldStaffOnly(caller)) {
            return;
        }
        List<String> assigned = Roles.areas(caller);
        Optional<BoundaryVersion> version = gazetteer.versionAt(date);
        String area = areaCode != null ? areaCode : version.map(v -> gazetteer.root(v).code()).orElse(null);
        boolean inside = version.isPresent() && area != null && covers(assigned, area, version.get());
        if (!inside) {
            String detail = (areaCode == null ? "the whole province" : "area " + areaCode) + " is outside the areas assigned to "
                    + caller.getName() + " " + assigned;
            throw new ProblemException(HttpStatus.FORBIDDEN, "outside-assigned-areas", detail,
                    List.of(new Problem.InvalidParam(field, detail)));
        }
    }

    private boolean covers(List<String> assigned, String area, BoundaryVersion version) {
        if (gazetteer.area(area, version).isEmpty()) {
            return false;
        }
        if (assigned.stream().anyMatch(a -> gazetteer.isWithin(area, a, version))) {
            return true;
        }
        return territory(assigned, version).containsAll(communes(area, version));
    }

    /** The communes of {@code version} that the assigned areas cover, in that version itself or through the lineage. */
    private Set<String> territory(List<String> assigned, BoundaryVersion version) {
        Set<String> territory = new HashSet<>();
        for (String code : assigned) {
            for (BoundaryVersion named : gazetteer.versions()) {
                if (gazetteer.area(code, named).isPresent()) {
                    Set<String> own = communes(code, named);
                    territory.addAll(named.equals(version) ? own : linked(own, named, version));
                }
            }
        }
        return territory;
    }

    /** The communes of {@code to} that share land with {@code communes} of {@code from}, by the lineage in either direction. */
    private Set<String> linked(Set<String> communes, BoundaryVersion from, BoundaryVersion to) {
        Set<String> linked = new HashSet<>();
        for (LineageLink link : gazetteer.lineage()) {
            if (link.from().equals(from) && link.to().equals(to) && communes.contains(link.oldCode())) {
                linked.add(link.newCode());
            } else if (link.from().equals(to) && link.to().equals(from) && communes.contains(link.newCode())) {
                linked.add(link.oldCode());
            }
        }
        return linked;
    }

    /** The lowest areas at or below {@code code}: itself for a commune. */
    private Set<String> communes(String code, BoundaryVersion version) {
        Set<String> communes = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            List<Area> children = gazetteer.children(next, version);
            if (children.isEmpty()) {
                communes.add(next);
            } else {
                children.forEach(child -> todo.push(child.code()));
            }
        }
        return communes;
    }
}
