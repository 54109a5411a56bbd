package org.recoverytracker.rebuild.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.intake.idempotency.IfMatch;
import org.recoverytracker.intake.security.Actors;
import org.recoverytracker.rebuild.versioning.Document;
import org.recoverytracker.rebuild.versioning.DocumentPage;
import org.recoverytracker.rebuild.versioning.Receipt;
import org.recoverytracker.rebuild.versioning.VersionedIntake;

@Controller("/api/v1/recovery-targets")
class TargetController {
    private final TargetSetting setting;
    private final TargetProgressReporting reporting;

    TargetController(TargetSetting setting, TargetProgressReporting reporting) {
        this.setting = setting;
        this.reporting = reporting;
    }

    /** Set (201) or, with If-Match, amend; the same request again is answered 200 with the same body. */
    @Put("/{targetId}")
    HttpResponse<Receipt> put(UUID targetId, @Body @Valid TargetRequest request,
                              @Nullable @Header("If-Match") String ifMatch, @Nullable Principal principal) {
        return setting.register(targetId, request, IfMatch.parse(ifMatch), Actors.name(principal)).response();
    }

    @Get("/{targetId}")
    HttpResponse<Document<TargetRequest>> get(UUID targetId) {
        return VersionedIntake.tagged(setting.current(targetId));
    }

    @Get("/{targetId}/versions")
    List<Document<TargetRequest>> versions(UUID targetId) {
        return setting.versions(targetId);
    }

    @Get
    DocumentPage<TargetRequest> search(@Nullable @QueryValue String area, @Nullable @QueryValue String unit,
                                       @QueryValue(defaultValue = "0") @Min(0) int page,
                                       @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        return setting.search(area, unit, page, size);
    }

    /** The achieved value of a REPORTED target as of a time (201), or a correction with If-Match. */
    @Put("/{targetId}/progress/{updateId}")
    HttpResponse<Receipt> progress(UUID targetId, UUID updateId, @Body @Valid TargetProgressRequest request,
                                   @Nullable @Header("If-Match") String ifMatch, Authentication caller) {
        return reporting.report(targetId, updateId, request, IfMatch.parse(ifMatch), caller).response();
    }

    @Get("/{targetId}/progress")
    List<Document<TargetProgressRequest>> progress(UUID targetId) {
        return reporting.updates(targetId);
    }
}
