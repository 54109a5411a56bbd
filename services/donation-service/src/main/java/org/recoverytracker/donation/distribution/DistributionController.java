package org.recoverytracker.donation.distribution;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.util.UUID;
import org.recoverytracker.contracts.aid.AidDistributed;

@Controller("/api/v1/distributions")
class DistributionController {
    private final AidDistributing distributing;

    DistributionController(AidDistributing distributing) {
        this.distributing = distributing;
    }

    /** Recorded once (201); the same again is 200, different content under its id 409, more than allocated 422. */
    @Put("/{distributionId}")
    HttpResponse<DistributionAnswer> put(UUID distributionId, @Body @Valid DistributionRequest request,
                                         Authentication caller) {
        var outcome = distributing.distribute(distributionId, request, caller);
        return outcome.response(outcome.answer().version());
    }

    @Get("/{distributionId}")
    AidDistributed get(UUID distributionId) {
        return distributing.view(distributionId);
    }
}
