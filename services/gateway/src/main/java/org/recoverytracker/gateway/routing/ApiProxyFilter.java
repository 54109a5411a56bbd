package org.recoverytracker.gateway.routing;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import org.recoverytracker.intake.problem.Problem;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * Sends each {@code /api} request to the service that owns it and streams the answer back:
 * method, path, query, headers and body pass through unchanged, and so does the response,
 * server-sent events included (nothing is buffered). The gateway's own paths go on to its controllers.
 */
@Filter("/api/**")
final class ApiProxyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxyFilter.class);

    private final RouteTable routes;
    private final ProxyHttpClient client;
    private final EventStreamRelay events;
    private final DownstreamFailures failures;
    private final long maxRequestSize;

    ApiProxyFilter(RouteTable routes,
                   @Client(configuration = ProxyClientConfiguration.class) ProxyHttpClient client,
                   EventStreamRelay events,
                   DownstreamFailures failures,
                   HttpServerConfiguration server) {
        this.routes = routes;
        this.client = client;
        this.events = events;
        this.failures = failures;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        if (ForwardedPath.hasDotSegment(request.getUri().getPath())) {
            return Mono.just(Problem.of(HttpStatus.BAD_REQUEST, "The path must not contain '.' or '..' segments", path).toResponse());
        }
        // the route is chosen on the path as sent, so an encoded character never matches a prefix it spells
        return switch (routes.resolve(path)) {
            case Destination.Local local -> chain.proceed(request);
            case Destination.Unknown unknown -> Mono.just(
                    Problem.of(HttpStatus.NOT_FOUND, "No service serves " + path, path).toResponse());
            case Destination.Downstream downstream -> forward(request, downstream);
        };
    }

    private Publisher<MutableHttpResponse<?>> forward(HttpRequest<?> request, Destination.Downstream downstream) {
        long declaredLength = request.getContentLength();
        if (declaredLength > maxRequestSize) {
            // refused before the service is even contacted; a chunked body over the limit fails mid-way, see DownstreamFailures
            return Mono.just(DownstreamFailures.tooLarge(request, maxRequestSize));
        }
        URI target = ForwardedPath.target(downstream.baseUrl(), request.getUri());
        MutableHttpRequest<?> outbound = request.mutate().uri(target);
        ForwardedPath.addForwardedHeaders(request, outbound);
        HopByHopHeaders.strip(outbound.getHeaders());
        boolean eventStream = request.getMethod() == HttpMethod.GET
                && request.getHeaders().accept().contains(MediaType.TEXT_EVENT_STREAM_TYPE);
        PropagatedContext context = PropagatedContext.getOrEmpty();
        long started = System.nanoTime();
        Publisher<MutableHttpResponse<?>> answer = eventStream ? events.relay(outbound) : client.proxy(outbound);
        return Flux.from(answer)
                .doOnNext(response -> {
                    HopByHopHeaders.strip(response.getHeaders());
                    try (PropagatedContext.Scope ignored = context.propagate()) {
                        LOG.info("{} {} -> {} {} in {} ms", request.getMethodName(), request.getPath(), downstream.service(),
                                response.code(), (System.nanoTime() - started) / 1_000_000);
                    }
                })
                .onErrorResume(error -> {
                    try (PropagatedContext.Scope ignored = context.propagate()) {
                        return Mono.just(failures.toResponse(request, downstream, error));
                    }
                });
    }

    @Override
    public int getOrder() {
        // after the request id, metrics and (issue 6) security filters: the last word before a controller
        return ServerFilterPhase.RENDERING.after();
    }
}
