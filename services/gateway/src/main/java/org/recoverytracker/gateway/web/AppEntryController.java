package org.recoverytracker.gateway.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** {@code /field} → {@code /field/}: the apps use relative links, which only resolve under the slash. */
@Controller
@Hidden
final class AppEntryController {

    @Get(uris = {"/field", "/dashboard", "/public"})
    HttpResponse<Void> withTrailingSlash(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return HttpResponse.permanentRedirect(URI.create(request.getPath() + "/" + (query == null ? "" : "?" + query)));
    }
}
