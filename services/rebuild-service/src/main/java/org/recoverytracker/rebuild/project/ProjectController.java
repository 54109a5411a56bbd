package org.recoverytracker.rebuild.project;

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

@Controller("/api/v1/recovery-projects")
class ProjectController {
    private final ProjectRegistering registering;
    private final ProgressReporting reporting;

    ProjectController(ProjectRegistering registering, ProgressReporting reporting) {
        this.registering = registering;
        this.reporting = reporting;
    }

    /** Register (201) or, with If-Match, amend; the same request again is answered 200 with the same body. */
    @Put("/{projectId}")
    HttpResponse<Receipt> put(UUID projectId, @Body @Valid ProjectRequest request,
                              @Nullable @Header("If-Match") String ifMatch, @Nullable Principal principal) {
        return registering.register(projectId, request, IfMatch.parse(ifMatch), Actors.name(principal)).response();
    }

    @Get("/{projectId}")
    HttpResponse<Document<ProjectRequest>> get(UUID projectId) {
        return VersionedIntake.tagged(registering.current(projectId));
    }

    @Get("/{projectId}/versions")
    List<Document<ProjectRequest>> versions(UUID projectId) {
        return registering.versions(projectId);
    }

    @Get
    DocumentPage<ProjectRequest> search(@Nullable @QueryValue String disaster, @Nullable @QueryValue String area,
                                        @Nullable @QueryValue String unit,
                                        @QueryValue(defaultValue = "0") @Min(0) int page,
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        return registering.search(disaster, area, unit, page, size);
    }

    /** Cumulative progress as of a time (201), or a correction of one update with If-Match. */
    @Put("/{projectId}/progress/{updateId}")
    HttpResponse<Receipt> progress(UUID projectId, UUID updateId, @Body @Valid ProgressRequest request,
                                   @Nullable @Header("If-Match") String ifMatch, Authentication caller) {
        return reporting.report(projectId, updateId, request, IfMatch.parse(ifMatch), caller).response();
    }

    @Get("/{projectId}/progress")
    List<Document<ProgressRequest>> progress(UUID projectId) {
        return reporting.updates(projectId);
    }
}
