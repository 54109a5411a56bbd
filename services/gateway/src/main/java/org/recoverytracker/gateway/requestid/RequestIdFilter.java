package org.recoverytracker.gateway.requestid;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, or a new one) before anything else runs:
 * it is forwarded downstream with the request, put in the logging MDC, and echoed on the response.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    @RequestFilter
    void assign(MutableHttpRequest<?> request, MutablePropagatedContext context) {
        String id = RequestIds.adoptOrCreate(request.getHeaders().get(RequestIds.HEADER));
        request.getHeaders().set(RequestIds.HEADER, id);
        context.add(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getHeaders().get(RequestIds.HEADER);
        if (id != null) {
            response.getHeaders().set(RequestIds.HEADER, id);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
