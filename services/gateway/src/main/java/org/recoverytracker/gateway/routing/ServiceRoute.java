package org.recoverytracker.gateway.routing;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.net.URI;
import java.util.List;

/**
 * A downstream service and the {@code /api} paths it owns, from {@code gateway.routes.<name>}.
 * Override a base URL with {@code RECOVERY_<SERVICE>_HOST}/{@code _PORT}, or entirely with
 * {@code GATEWAY_ROUTES_<NAME>_URL} (for example {@code GATEWAY_ROUTES_DAMAGE_SERVICE_URL}).
 */
@EachProperty("gateway.routes")
public record ServiceRoute(@Parameter String name, URI url, List<String> paths) {
}
