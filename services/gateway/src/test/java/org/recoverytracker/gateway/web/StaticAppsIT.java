package org.recoverytracker.gateway.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.testkit.TestStack;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticAppsIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer gateway;

    private GatewayHttp http;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "gateway");
    }

    @BeforeEach
    void client() {
        http = new GatewayHttp(gateway.getURI());
    }

    @Test
    void landingPageLinksToTheThreeAppsInVietnameseAndEnglish() {
        HttpResponse<String> page = http.get("/");

        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        for (String link : new String[]{"href=\"/field/\"", "href=\"/dashboard/\"", "href=\"/public/\""}) {
            assertTrue(page.body().contains(link), link);
        }
        assertTrue(page.body().contains("Ứng dụng hiện trường") && page.body().contains("Field app"), page.body());
    }

    @Test
    void eachAppServesItsPageTitledInBothLanguages() {
        Map<String, String> titles = Map.of(
                "/field/", "<title>Ứng dụng hiện trường · Field app</title>",
                "/dashboard/", "<title>Bảng điều phối · Coordinator dashboard</title>",
                "/public/", "<title>Công khai thông tin · Public information</title>");
        titles.forEach((path, title) -> {
            HttpResponse<String> page = http.get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow(), path);
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow(), path);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("script-src 'self';") && !policy.contains("unsafe-inline"),
                    path + ": only this origin's scripts run where tokens are kept: " + policy);
            assertTrue(page.body().contains(title), path + ": " + page.body());
        });
    }

    @Test
    void stylesheetIsCachedBrieflyAsUtf8Css() {
        HttpResponse<String> css = http.get("/site.css");

        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=600", css.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void pageCanBeRevalidatedWithoutSendingItAgain() {
        HttpResponse<String> first = http.get("/field/index.html");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = http.send(http.request("/field/index.html").header("If-Modified-Since", lastModified));

        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void appPathWithoutTrailingSlashRedirectsSoRelativeLinksResolve() {
        HttpResponse<String> response = http.get("/dashboard?disaster=2024-yagi");

        assertEquals(308, response.statusCode());
        assertEquals("/dashboard/?disaster=2024-yagi", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void swaggerUiWorksWithoutInternetAndShowsTheGatewaysOwnDocument() {
        HttpResponse<String> ui = http.get("/swagger-ui/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("/swagger-ui/res/swagger-ui-bundle.js"), "scripts served by the gateway itself");
        assertEquals(200, http.get("/swagger-ui/res/swagger-ui-bundle.js").statusCode());

        HttpResponse<String> document = http.get("/swagger/recovery-tracker-gateway-0.1.yml");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("title: Recovery Tracker gateway"), document.body());
    }

    @Test
    void filesOutsideTheAppsCannotBeReachedByDotSegments() {
        for (String path : new String[]{"/field/../../application.yml", "/field/%2e%2e/%2e%2e/application.yml",
                "/../application.yml", "/field/..%2f..%2fapplication.yml"}) {
            HttpResponse<String> response = http.get(path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " answered " + response.statusCode());
            assertFalse(response.body().contains("datasources"), path + " leaked the configuration");
        }
    }

    @Test
    void missingFileIsNotFound() {
        HttpResponse<String> response = http.get("/field/no-such-file.js");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }
}
