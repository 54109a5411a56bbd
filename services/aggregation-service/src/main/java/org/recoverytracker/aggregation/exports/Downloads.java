package org.recoverytracker.aggregation.exports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.reactivestreams.Publisher;
import org.recoverytracker.aggregation.web.QueryParameters;
import reactor.core.publisher.Flux;

/** How every export answers: a chunked stream of its pieces, saved by the browser under a name of its disaster. */
final class Downloads {

    private Downloads() {
    }

    /**
     * Bytes, not strings: a stream of strings in a JSON media type would be written as a JSON array of them. The name
     * is {@code <what>-<disaster>.<extension>}, the disaster id reduced to characters safe in a file name.
     */
    static HttpResponse<Publisher<byte[]>> attachment(Flux<String> body, String what, String disasterId, String extension) {
        String name = what + "-" + disasterId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
        return HttpResponse.ok((Publisher<byte[]>) body.map(text -> text.getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    /** The disaster an export is of: {@code disaster}, or {@code disasterId} as the dashboard names it; required. */
    static String disaster(@Nullable String disaster, @Nullable String disasterId) {
        return QueryParameters.required("disaster", QueryParameters.optional(disaster).orElse(disasterId));
    }
}
