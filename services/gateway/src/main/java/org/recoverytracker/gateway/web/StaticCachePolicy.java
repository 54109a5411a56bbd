package org.recoverytracker.gateway.web;

import java.util.Locale;
import java.util.Optional;

/**
 * Content types and caching of the browser apps' files. The app shell (pages, the service worker,
 * the manifest) is always revalidated, so a new release reaches phones on their next visit online;
 * other assets carry no content hash in their names yet, so they may be reused only briefly.
 * The service worker (issue 7) keeps the offline copy, not the HTTP cache.
 */
final class StaticCachePolicy {

    static final String REVALIDATE = "no-cache";
    static final String SHORT_LIVED = "public, max-age=600";

    private StaticCachePolicy() {
    }

    static String cacheControl(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        boolean shell = lower.endsWith("/") || lower.endsWith(".html") || lower.endsWith(".webmanifest")
                || lower.endsWith("/sw.js") || lower.endsWith("/service-worker.js");
        return shell ? REVALIDATE : SHORT_LIVED;
    }

    /** Types the framework guesses wrong or without a charset; empty means its guess is right. */
    static Optional<String> contentType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith("/") || lower.endsWith(".html")) {
            return Optional.of("text/html; charset=utf-8");
        }
        if (lower.endsWith(".js") || lower.endsWith(".mjs")) {
            return Optional.of("text/javascript; charset=utf-8");
        }
        if (lower.endsWith(".css")) {
            return Optional.of("text/css; charset=utf-8");
        }
        if (lower.endsWith(".webmanifest")) {
            return Optional.of("application/manifest+json");
        }
        if (lower.endsWith(".geojson")) {
            return Optional.of("application/geo+json");
        }
        return Optional.empty();
    }
}
