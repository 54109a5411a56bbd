package org.recoverytracker.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import jakarta.inject.Singleton;
import org.recoverytracker.gateway.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Turns a failed call to a downstream service into a problem that names the service: 503 when it
 * cannot be reached (retry later), 504 when it stopped answering, 502 for anything else it did wrong.
 * The browser gets no stack trace; the log gets one line with the cause.
 */
@Singleton
final class DownstreamFailures {

    private static final Logger LOG = LoggerFactory.getLogger(DownstreamFailures.class);

    MutableHttpResponse<Problem> toResponse(HttpRequest<?> request, Destination.Downstream downstream, Throwable error) {
        String service = downstream.service();
        Problem problem;
        if (isUnreachable(error)) {
            problem = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, service + " is not reachable; try again shortly", request.getPath());
        } else if (error instanceof ReadTimeoutException) {
            problem = Problem.of(HttpStatus.GATEWAY_TIMEOUT, service + " did not answer in time", request.getPath());
        } else {
            problem = Problem.of(HttpStatus.BAD_GATEWAY, service + " failed to answer: " + error.getClass().getSimpleName(), request.getPath());
        }
        LOG.warn("{} {} -> {} failed with {}: {}", request.getMethodName(), request.getPath(), service, problem.status(), rootMessage(error));
        return problem.withService(service).toResponse();
    }

    private static boolean isUnreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // connection refused and connect timeouts are both ConnectExceptions
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
