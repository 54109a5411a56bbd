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
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StaticFileHeaders {

    @ResponseFilter
    void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof FileCustomizableResponseType)) {
            return;
        }
        String path = request.getPath();
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, StaticCachePolicy.cacheControl(path));
        StaticCachePolicy.contentType(path).ifPresent(type -> response.getHeaders().set(HttpHeaders.CONTENT_TYPE, type));
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
