package org.recoverytracker.aggregation.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.recoverytracker.contracts.area.Area;

/** An area in an answer. {@code name} is type and name ("Huyện Hòa An"): the city and the province are both plain "Cao Bằng". */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AreaRef(String code, String name, String level) {
    public static AreaRef of(Area area) {
        return new AreaRef(area.code(), area.fullName(), area.level().name());
    }
}
