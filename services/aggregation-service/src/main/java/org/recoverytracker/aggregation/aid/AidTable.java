package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.recoverytracker.contracts.area.Area;

/**
 * Every area's aid for one disaster in one boundary version, top down (the province, then each area followed by the
 * areas below it): the VND value per state, households reached and donors counted once each, as the aid totals API
 * gives them for that area.
 */
public record AidTable(String disasterId, String boundaries, List<Row> rows) {

    public record Row(Area area, List<Area> above, long pledgedVnd, long receivedVnd, long allocatedVnd,
                      long distributedVnd, @Nullable Integer households, int donorsPledged, int donorsReceived) {
    }
}
