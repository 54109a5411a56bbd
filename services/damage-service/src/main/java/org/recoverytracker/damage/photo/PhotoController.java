package org.recoverytracker.damage.photo;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.damage.report.DamageReporting;
import org.recoverytracker.intake.security.Actors;

/** Photos of a report: uploaded as the image itself (not JSON) under an id the phone chose, read back by anyone who reads reports. */
@Controller("/api/v1/damage-reports/{reportId}/photos")
class PhotoController {
    private final PhotoKeeping keeping;
    private final DamageReporting reporting;

    PhotoController(PhotoKeeping keeping, DamageReporting reporting) {
        this.keeping = keeping;
        this.reporting = reporting;
    }

    @Put(value = "/{photoId}", consumes = {"image/jpeg", "image/png", "image/webp"})
    HttpResponse<PhotoView> put(UUID reportId, UUID photoId, @Body byte[] image, @Header("Content-Type") String contentType,
                                Authentication caller) {
        // field staff add photos only to their own reports (404 for no report, 403 for someone else's)
        reporting.current(reportId, caller);
        PhotoKeeping.Kept kept = keeping.keep(reportId, photoId, contentType, image, Actors.name(caller));
        return HttpResponse.status(kept.created() ? HttpStatus.CREATED : HttpStatus.OK).body(kept.photo());
    }

    @Get
    List<PhotoView> list(UUID reportId, Authentication caller) {
        reporting.current(reportId, caller);
        return keeping.ofReport(reportId);
    }

    @Get(value = "/{photoId}", produces = {"image/jpeg", "image/png", "image/webp"})
    HttpResponse<byte[]> image(UUID reportId, UUID photoId, Authentication caller) {
        reporting.current(reportId, caller);
        PhotoKeeping.Image image = keeping.image(reportId, photoId);
        return HttpResponse.ok(image.bytes()).contentType(MediaType.of(image.photo().contentType()))
                .header("Cache-Control", "private, max-age=86400, immutable");
    }
}
