package org.recoverytracker.aggregation.rebuild;

import java.time.LocalDate;
import org.recoverytracker.aggregation.totals.AreaView;

/**
 * Where a project or target recorded against {@code code} in the boundary version starting {@code recordedIn} lies
 * in a view: its area there, or the nearest area that surely holds it (see {@link AreaView#containing}). Projects
 * and budgets are additive, so that is where they count.
 */
record Placement(String code) {

    static Placement of(AreaView view, String code, LocalDate recordedIn) {
        return new Placement(view.containing(code, recordedIn));
    }

    boolean within(AreaView view, String ancestorCode) {
        return view.isWithin(code, ancestorCode);
    }
}
