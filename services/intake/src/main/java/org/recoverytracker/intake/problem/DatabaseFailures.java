package org.recoverytracker.intake.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database failures as the client should read them (both found by issue 9's reliability runs, where they were 500s):
 * a database that cannot be reached (restarting, failing over) is "try again shortly", 503 with Retry-After, which
 * the field app's outbox retries; a value PostgreSQL cannot hold (a NUL character in a text, an out-of-range number:
 * SQLState class 22) is the request's fault, 422, and the rolled-back transaction stored nothing. Others stay 500.
 */
final class DatabaseFailures {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseFailures() {
    }

    static HttpResponse<Problem> answer(HttpRequest<?> request, Throwable failure) {
        if (refusedValue(failure)) {
            LOG.warn("{} {}: the database refused a value ({})", request.getMethod(), request.getPath(), failure.toString());
            return problem(request, HttpStatus.UNPROCESSABLE_ENTITY,
                    "A value cannot be stored (for example a NUL character in a text, or a number out of range).");
        }
        if (!lostConnection(failure)) {
            LOG.error("{} {} failed", request.getMethod(), request.getPath(), failure);
            return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "The service could not complete the request; it has been logged.");
        }
        LOG.warn("{} {}: the database is unreachable ({})", request.getMethod(), request.getPath(), failure.toString());
        MutableHttpResponse<Problem> unavailable = problem(request, HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unreachable. Try again shortly: a retry with the same id is safe.");
        return unavailable.header("Retry-After", RETRY_AFTER_SECONDS);
    }

    /** A connection refused, closed or broken anywhere in the cause chain (SQLState class 08, or 57P: server shutting down). */
    static boolean lostConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's "data exception" class: the value itself cannot be stored. */
    static boolean refusedValue(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath(), null));
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static final class OnConnection implements ExceptionHandler<ConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConnectionException exception) {
            return answer(request, exception);
        }
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static final class OnNoConnection implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
            return answer(request, exception);
        }
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static final class OnDataAccess implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
            return answer(request, exception);
        }
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static final class OnTransaction implements ExceptionHandler<TransactionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TransactionException exception) {
            return answer(request, exception);
        }
    }
}
