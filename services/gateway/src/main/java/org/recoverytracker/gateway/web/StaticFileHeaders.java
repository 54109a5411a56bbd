package org.recoverytracker.gateway.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;

/**
 * Sets the content type and caching of files served from the classpath (the landing page and the
 * apps under /field/, /dashboard/, /public/). The file writer keeps headers already set here.
 *
 * <p>The apps also get a Content-Security-Policy that runs only scripts of this origin and sends data only here: the
 * field app must keep its refresh token on the phone (offline for days), where a script injected into the page could
 * read it, so no injected or foreign script may run. Swagger UI, which needs inline script, is left out.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StaticFileHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' blob: data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @ResponseFilter
    void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof FileCustomizableResponseType)) {
            return;
        }
        String path = request.getPath();
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, StaticCachePolicy.cacheControl(path));
        StaticCachePolicy.contentType(path).ifPresent(type -> response.getHeaders().set(HttpHeaders.CONTENT_TYPE, type));
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        if (!path.startsWith("/swagger")) {
            response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }
}
