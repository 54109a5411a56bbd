package org.recoverytracker.damage.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.damage.DamageFixtures.declare;
import static org.recoverytracker.damage.DamageFixtures.disasterId;
import static org.recoverytracker.damage.DamageFixtures.report;
import static org.recoverytracker.testkit.HttpAnswer.send;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;

/** Issue 7's photos: kept once under the phone's id, read back as sent, refused when too large or not an image. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoIT implements TestPropertyProvider {
    private static final int LIMIT = 200_000;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestStack.get().serviceProperties(getClass(), "damage"));
        properties.put("recovery.damage.photo-max-bytes", String.valueOf(LIMIT));
        return properties;
    }

    /** A JPEG of random noise (which compresses badly, so its size follows its pixels). */
    private static byte[] jpeg(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private UUID storedReport() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        assertThat(send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster))).status()).isEqualTo(201);
        return reportId;
    }

    private HttpAnswer upload(UUID reportId, UUID photoId, byte[] bytes, String type) {
        return send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId + "/photos/" + photoId, bytes).contentType(type));
    }

    private HttpAnswer photos(UUID reportId) {
        return send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId + "/photos"));
    }

    @Test
    void photoUploadedTwiceIsKeptOnceAndReadBackExactlyAsSent() {
        UUID reportId = storedReport();
        UUID photoId = UUID.randomUUID();
        byte[] photo = jpeg(120, 90, 1);

        HttpAnswer first = upload(reportId, photoId, photo, "image/jpeg");
        HttpAnswer again = upload(reportId, photoId, photo, "image/jpeg");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"sizeBytes\":" + photo.length);
        assertThat(photos(reportId).body()).contains(photoId.toString()).containsOnlyOnce("\"photoId\"");
        HttpResponse<byte[]> image = client.toBlocking().exchange(
                HttpRequest.GET("/api/v1/damage-reports/" + reportId + "/photos/" + photoId).bearerAuth(HttpAnswer.COORDINATOR),
                byte[].class);
        assertThat(image.getContentType()).contains(MediaType.of("image/jpeg"));
        assertThat(image.body()).isEqualTo(photo);
    }

    @Test
    void otherBytesUnderAPhotoIdAlreadyUsedAreAConflict() {
        UUID reportId = storedReport();
        UUID photoId = UUID.randomUUID();
        assertThat(upload(reportId, photoId, jpeg(60, 60, 2), "image/jpeg").status()).isEqualTo(201);

        HttpAnswer other = upload(reportId, photoId, jpeg(60, 60, 3), "image/jpeg");

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void photoOverTheSizeLimitIsRefusedNamingThePhotoAndNothingIsKept() {
        UUID reportId = storedReport();
        byte[] large = jpeg(800, 600, 4);
        assertThat(large.length).as("the test image must exceed the limit").isGreaterThan(LIMIT);

        HttpAnswer refused = upload(reportId, UUID.randomUUID(), large, "image/jpeg");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("\"name\":\"photo\"");
        assertThat(photos(reportId).body()).isEqualTo("[]");
    }

    @Test
    void bytesThatAreNotTheImageTheyClaimToBeAreRefused() {
        UUID reportId = storedReport();

        HttpAnswer text = upload(reportId, UUID.randomUUID(), "not a photo".getBytes(StandardCharsets.UTF_8), "image/jpeg");
        HttpAnswer mislabelled = upload(reportId, UUID.randomUUID(), jpeg(20, 20, 5), "image/png");

        assertThat(text.status()).isEqualTo(422);
        assertThat(text.body()).contains("\"name\":\"photo\"");
        assertThat(mislabelled.status()).isEqualTo(422);
        assertThat(photos(reportId).body()).isEqualTo("[]");
    }

    @Test
    void photoOfAReportThatDoesNotExistIsNotFound() {
        assertThat(upload(UUID.randomUUID(), UUID.randomUUID(), jpeg(20, 20, 6), "image/jpeg").status()).isEqualTo(404);
    }
}
