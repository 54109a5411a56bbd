package org.recoverytracker.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaticCachePolicyTest {

    @Test
    void appShellIsAlwaysRevalidatedSoANewReleaseReachesPhones() {
        for (String path : new String[]{"/", "/field/", "/field/index.html", "/field/sw.js", "/field/app.webmanifest"}) {
            assertEquals("no-cache", StaticCachePolicy.cacheControl(path), path);
        }
    }

    @Test
    void otherAssetsAreReusedOnlyBriefly() {
        assertEquals("public, max-age=600", StaticCachePolicy.cacheControl("/dashboard/app.js"));
        assertEquals("public, max-age=600", StaticCachePolicy.cacheControl("/field/icons/icon-192.png"));
    }

    @Test
    void pagesAndScriptsDeclareUtf8SoVietnameseRendersRight() {
        assertEquals(Optional.of("text/html; charset=utf-8"), StaticCachePolicy.contentType("/public/"));
        assertEquals(Optional.of("text/javascript; charset=utf-8"), StaticCachePolicy.contentType("/field/app.mjs"));
        assertEquals(Optional.of("application/manifest+json"), StaticCachePolicy.contentType("/field/app.webmanifest"));
        assertEquals(Optional.empty(), StaticCachePolicy.contentType("/field/icon.png"));
    }
}
