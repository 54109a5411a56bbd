package org.recoverytracker.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import jakarta.inject.Singleton;
import org.recoverytracker.intake.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to a downstream service into a problem that names the service: 503 when it
 * cannot be reached (retry later), 504 when it stopped answering, 502 for anything else it did wrong.
 * The browser gets no stack trace; the log gets one line with the cause.
 */
@Singleton
final class DownstreamFailures {

    private static final Logger LOG = LoggerFactory.getLogger(DownstreamFailures.class);

    MutableHttpResponse<Problem> toResponse(HttpRequest<?> request, Destination.Downstream downstream, Throwable error) {
        Optional<Throwable> tooLarge = cause(error, ContentLengthExceededException.class);
        if (tooLarge.isPresent()) {
            // the browser's body broke the limit while it streamed through: not the service's fault
            LOG.warn("{} {} refused: {}", request.getMethodName(), request.getPath(), tooLarge.get().getMessage());
            return Problem.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, tooLarge.get().getMessage(), request.getPath()).toResponse();
        }
        String service = downstream.service();
        Problem problem;
        // connection refused and the proxy client's connect timeout are ConnectExceptions; the JDK client's is its own
        if (cause(error, ConnectException.class, HttpConnectTimeoutException.class, UnknownHostException.class,
                UnresolvedAddressException.class).isPresent()) {
            problem = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, service + " is not reachable; try again shortly", request.getPath());
        } else if (cause(error, ReadTimeoutException.class, HttpTimeoutException.class, TimeoutException.class).isPresent()) {
            problem = Problem.of(HttpStatus.GATEWAY_TIMEOUT, service + " did not answer in time", request.getPath());
        } else {
            problem = Problem.of(HttpStatus.BAD_GATEWAY, service + " did not give a usable answer", request.getPath());
        }
        LOG.warn("{} {} -> {} failed with {}: {}", request.getMethodName(), request.getPath(), service, problem.status(), rootMessage(error));
        return problem.withService(service).toResponse();
    }

    static MutableHttpResponse<Problem> tooLarge(HttpRequest<?> request, long limit) {
        return Problem.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "The body is " + request.getContentLength() + " bytes; at most " + limit + " are accepted", request.getPath()).toResponse();
    }

    @SafeVarargs
    private static Optional<Throwable> cause(Throwable error, Class<? extends Throwable>... types) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(cause)) {
                    return Optional.of(cause);
                }
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
