package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.recoverytracker.testkit.RunningSystem;

/**
 * Issue 7's photos: a camera-sized picture is compressed on the phone below 1 MB, waits in the outbox behind its
 * report, and is kept by the damage service under its own id, readable by coordinators.
 */
class FieldAppPhotosIT {

    /** A 12-megapixel picture of noise (the worst case for JPEG), as a phone camera would leave in its gallery. */
    private static Path cameraPicture() throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = Files.createTempFile("camera-", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void cameraPictureIsCompressedBelowOneMegabyteAndKeptWithItsReport() throws Exception {
        String disaster = Reports.declareDisaster("field-photo");
        Path picture = cameraPicture();
        assertThat(Files.size(picture)).as("the original is far over the limit").isGreaterThan(3_000_000);
        String reportId;
        long compressedBytes;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            app.chooseDisaster(disaster).asOf("2024-09-12T12:30").pickArea("song bang", "Phường Sông Bằng").figure("DR-H01", "2");
            browser.driver().findElement(By.id("f-photo")).sendKeys(picture.toAbsolutePath().toString());
            app.until("the photo is compressed", "return document.getElementById('f-photos').dataset.ready === '1'");
            compressedBytes = Long.parseLong(browser.driver().findElement(By.cssSelector("#f-photos li")).getAttribute("data-bytes"));
            assertThat(compressedBytes).isLessThan(1_000_000).isGreaterThan(10_000);
            app.screenshot("field-photo");

            reportId = app.submit();
            app.tab("outbox").waitForOutbox("sent", 2);
        } finally {
            Files.deleteIfExists(picture);
        }

        JsonNode photos = Api.get("/api/v1/damage-reports/" + reportId + "/photos").body();
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).path("sizeBytes").asLong()).isEqualTo(compressedBytes);
        assertThat(photos.get(0).path("contentType").asText()).isEqualTo("image/jpeg");
        URI image = RunningSystem.get().gateway("/api/v1/damage-reports/" + reportId + "/photos/" + photos.get(0).path("photoId").asText());
        HttpResponse<byte[]> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(image)
                .header("Authorization", Api.COORDINATOR).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.statusCode()).isEqualTo(200);
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(read.body()));
        assertThat(Math.max(kept.getWidth(), kept.getHeight())).as("long side").isLessThanOrEqualTo(1600);
        assertThat(kept.getWidth()).as("the camera's landscape shape is kept").isGreaterThan(kept.getHeight());
    }
}
