package org.recoverytracker.damage.disaster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.damage.DamageFixtures.disaster;
import static org.recoverytracker.damage.DamageFixtures.disasterId;
import static org.recoverytracker.testkit.HttpAnswer.send;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisasterDeclaringIT implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "damage");
    }

    @Test
    void declaringTheSameDisasterTwiceIsAnsweredAsBeforeAndListedOnce() {
        String id = disasterId();

        HttpAnswer first = send(client, HttpRequest.POST("/api/v1/disasters", disaster(id)));
        HttpAnswer again = send(client, HttpRequest.POST("/api/v1/disasters", disaster(id)));
        HttpAnswer list = send(client, HttpRequest.GET("/api/v1/disasters"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("Bão số 3 (Yagi)");
        assertThat(list.body().split("\"id\":\"" + id + "\"", -1)).hasSize(2);
    }

    @Test
    void sameIdWithOtherContentIsAConflict() {
        String id = disasterId();
        send(client, HttpRequest.POST("/api/v1/disasters", disaster(id)));

        HttpAnswer conflict = send(client, HttpRequest.POST("/api/v1/disasters", with(disaster(id), "nameEn", "Another storm")));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void slugWithCapitalsIsRefusedNamingTheField() {
        HttpAnswer refused = send(client, HttpRequest.POST("/api/v1/disasters", with(disaster("x"), "id", "Yagi 2024")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"name\":\"id\"");
    }
}
