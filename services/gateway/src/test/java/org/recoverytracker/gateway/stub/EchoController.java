package org.recoverytracker.gateway.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Answers any {@code /api} request with what it received, so a test sees what the gateway forwarded. */
@Requires(property = "spec.name", value = StubService.SPEC)
@Controller("/api")
public final class EchoController {

    /** Makes the stub answer with this status, to show error answers pass through unchanged. */
    static final String STATUS_HEADER = "X-Stub-Status";

    private final String name;
    private final AtomicInteger received = new AtomicInteger();

    EchoController(@Value("${stub.name}") String name) {
        this.name = name;
    }

    @Serdeable
    record Echo(String stub, String method, String path, String query, String body, int bodyLength, Map<String, String> headers) {
    }

    @Get("/{+path}")
    HttpResponse<?> get(HttpRequest<?> request, String path) {
        return echo(request, null);
    }

    @Delete("/{+path}")
    HttpResponse<?> delete(HttpRequest<?> request, String path) {
        return echo(request, null);
    }

    @Put(value = "/{+path}", consumes = MediaType.ALL, processes = MediaType.ALL)
    HttpResponse<?> put(HttpRequest<?> request, String path, @Body @Nullable String body) {
        return echo(request, body);
    }

    @Post(value = "/{+path}", consumes = MediaType.ALL, processes = MediaType.ALL)
    HttpResponse<?> post(HttpRequest<?> request, String path, @Body @Nullable String body) {
        return echo(request, body);
    }

    /** Requests this stand-in has been sent so far: a test sees whether the gateway forwarded one at all. */
    public int received() {
        return received.get();
    }

    private HttpResponse<?> echo(HttpRequest<?> request, @Nullable String body) {
        received.incrementAndGet();
        Map<String, String> headers = new TreeMap<>();
        request.getHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), String.join(",", values)));
        String status = request.getHeaders().get(STATUS_HEADER);
        if (status != null) {
            String problem = "{\"title\":\"stub says " + status + "\",\"status\":" + status + "}";
            return HttpResponse.status(HttpStatus.valueOf(Integer.parseInt(status)))
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .header("ETag", "\"7\"")
                    .header("Location", "/api/v1/disasters/2024-yagi")
                    .body(problem);
        }
        Echo echo = new Echo(name, request.getMethodName(), request.getUri().getRawPath(), request.getUri().getRawQuery(),
                body, body == null ? 0 : body.length(), headers);
        return HttpResponse.ok(echo).header("X-Stub", name);
    }
}
