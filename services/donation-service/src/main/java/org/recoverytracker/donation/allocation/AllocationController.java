package org.recoverytracker.donation.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.recoverytracker.intake.security.Actors;

@Controller("/api/v1/allocations")
class AllocationController {
    private final AidAllocating allocating;

    AllocationController(AidAllocating allocating) {
        this.allocating = allocating;
    }

    /** Recorded once (201); the same again is 200, different content under its id 409, more than is left 422. */
    @Put("/{allocationId}")
    HttpResponse<AllocationAnswer> put(UUID allocationId, @Body @Valid AllocationRequest request, @Nullable Principal principal) {
        var outcome = allocating.allocate(allocationId, request, Actors.name(principal));
        return outcome.response(outcome.answer().version());
    }

    @Get("/{allocationId}")
    AllocationView get(UUID allocationId) {
        return allocating.view(allocationId);
    }
}
