package org.recoverytracker.damage.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.intake.security.Actors;

/** Photos of a report: uploaded as the image itself (not JSON) under an id the phone chose, read back by anyone who reads reports. */
@Controller("/api/v1/damage-reports/{reportId}/photos")
class PhotoController {
    private final PhotoKeeping keeping;

    PhotoController(PhotoKeeping keeping) {
        this.keeping = keeping;
    }

    @Put(value = "/{photoId}", consumes = {"image/jpeg", "image/png", "image/webp"})
    HttpResponse<PhotoView> put(UUID reportId, UUID photoId, @Body byte[] image, @Header("Content-Type") String contentType,
                                @Nullable Principal principal) {
        PhotoKeeping.Kept kept = keeping.keep(reportId, photoId, contentType, image, Actors.name(principal));
        return HttpResponse.status(kept.created() ? HttpStatus.CREATED : HttpStatus.OK).body(kept.photo());
    }

    @Get
    List<PhotoView> list(UUID reportId) {
        return keeping.ofReport(reportId);
    }

    @Get(value = "/{photoId}", produces = {"image/jpeg", "image/png", "image/webp"})
    HttpResponse<byte[]> image(UUID reportId, UUID photoId) {
        PhotoKeeping.Image image = keeping.image(reportId, photoId);
        return HttpResponse.ok(image.bytes()).contentType(MediaType.of(image.photo().contentType()))
                .header("Cache-Control", "private, max-age=86400, immutable");
    }
}
