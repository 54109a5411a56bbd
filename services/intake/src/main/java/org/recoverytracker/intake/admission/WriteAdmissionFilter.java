package org.recoverytracker.intake.admission;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.recoverytracker.intake.problem.Problem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Admits a write to {@code /api/**} only while {@link WriteAdmission} has a place for it; reads are never refused.
 * Runs before authentication, so a refused write costs no signature check. The place is given back however the
 * request ends: answered, failed, or abandoned by the client.
 */
@Filter("/api/**")
@Requires(beans = WriteAdmission.class)
final class WriteAdmissionFilter implements HttpServerFilter {
    static final String RETRY_AFTER_SECONDS = "1";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.PUT, HttpMethod.POST, HttpMethod.PATCH, HttpMethod.DELETE);

    private final WriteAdmission admission;

    WriteAdmissionFilter(WriteAdmission admission) {
        this.admission = admission;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!WRITES.contains(request.getMethod())) {
            return chain.proceed(request);
        }
        if (!admission.tryEnter()) {
            MutableHttpResponse<?> busy = Problem.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service is already working on " + admission.limit() + " writes. Nothing was stored: send the"
                            + " same request again after " + RETRY_AFTER_SECONDS + " s.", request.getPath())
                    .toResponse()
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return Mono.just(busy);
        }
        AtomicBoolean left = new AtomicBoolean();
        return Flux.from(chain.proceed(request)).doFinally(signal -> {
            if (left.compareAndSet(false, true)) {
                admission.leave();
            }
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
