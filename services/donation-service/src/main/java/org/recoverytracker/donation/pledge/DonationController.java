package org.recoverytracker.donation.pledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.util.UUID;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.donation.ledger.Outcome;
import org.recoverytracker.intake.idempotency.IfMatch;

@Controller("/api/v1/donations")
class DonationController {
    private final DonationPledging pledging;
    private final DonationReceiving receiving;

    DonationController(DonationPledging pledging, DonationReceiving receiving) {
        this.pledging = pledging;
        this.receiving = receiving;
    }

    /** Pledge (201) or, with If-Match, amend the pledge; the same request again is answered 200 with the same body. */
    @Put("/{donationId}")
    HttpResponse<DonationAnswer> put(UUID donationId, @Body @Valid DonationRequest request,
                                     @Nullable @Header("If-Match") String ifMatch, Authentication caller) {
        Outcome<DonationAnswer> outcome = pledging.pledge(donationId, request, IfMatch.parse(ifMatch), caller);
        return outcome.response(outcome.answer().version());
    }

    @Get("/{donationId}")
    HttpResponse<DonationView> get(UUID donationId) {
        DonationView view = pledging.view(donationId);
        return HttpResponse.ok(view).header("ETag", IfMatch.etag(view.version()));
    }

    /** A receipt is recorded once (201); the same again is 200, different content under its id 409. */
    @Put("/{donationId}/receipts/{receiptId}")
    HttpResponse<DonationAnswer> receive(UUID donationId, UUID receiptId, @Body @Valid ReceiptRequest request,
                                         Authentication caller) {
        Outcome<DonationAnswer> outcome = receiving.receive(donationId, receiptId, request, caller);
        return outcome.response(outcome.answer().version());
    }

    @Get("/{donationId}/receipts/{receiptId}")
    DonationReceived receipt(UUID donationId, UUID receiptId) {
        return receiving.receipt(donationId, receiptId);
    }
}
