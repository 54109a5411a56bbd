package org.recoverytracker.donation.ledger;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.recoverytracker.intake.idempotency.IfMatch;

/** What a client is told after a PUT: 201 when this call recorded something, 200 for a retry or an amendment. */
public record Outcome<T>(boolean created, T answer) {

    /** The response, with the ETag of {@code version} that an amendment names in If-Match. */
    public HttpResponse<T> response(int version) {
        return HttpResponse.status(created ? HttpStatus.CREATED : HttpStatus.OK).header("ETag", IfMatch.etag(version)).body(answer);
    }
}
