package org.recoverytracker.gateway.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.Set;

/**
 * {@code /field} → {@code /field/}: the apps use relative links, which only resolve under the slash.
 * A filter, not a controller, because the router treats {@code /field/} as {@code /field}.
 */
@ServerFilter(patterns = {"/field", "/dashboard", "/public"})
final class AppEntryRedirects {

    private static final Set<String> APPS = Set.of("/field", "/dashboard", "/public");

    @RequestFilter
    @Nullable
    HttpResponse<?> addTrailingSlash(HttpRequest<?> request) {
        String path = request.getPath();
        if (!APPS.contains(path)) {
            return null;
        }
        String query = request.getUri().getRawQuery();
        return HttpResponse.permanentRedirect(URI.create(path + "/" + (query == null ? "" : "?" + query)));
    }
}
