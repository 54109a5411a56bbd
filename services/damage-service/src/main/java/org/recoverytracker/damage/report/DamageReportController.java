package org.recoverytracker.damage.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.intake.idempotency.IfMatch;
import org.recoverytracker.intake.security.Actors;

@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/damage-reports")
class DamageReportController {
    private final DamageReporting reporting;
    private final DamageReportVerifying verifying;

    DamageReportController(DamageReporting reporting, DamageReportVerifying verifying) {
        this.reporting = reporting;
        this.verifying = verifying;
    }

    /** Create (201) or, with If-Match, amend; the same request again is answered 200 with the same body. */
    @Put("/{reportId}")
    HttpResponse<ReportReceipt> put(UUID reportId, @Body @Valid DamageReportRequest request,
                                    @Nullable @Header("If-Match") String ifMatch, Authentication caller) {
        DamageReporting.Outcome outcome = reporting.submit(reportId, request, IfMatch.parse(ifMatch), caller);
        return HttpResponse.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("ETag", IfMatch.etag(outcome.receipt().version()))
                .body(outcome.receipt());
    }

    @Get("/{reportId}")
    HttpResponse<DamageReportView> get(UUID reportId, Authentication caller) {
        DamageReportView view = reporting.current(reportId, caller);
        return HttpResponse.ok(view).header("ETag", IfMatch.etag(view.version()));
    }

    @Get("/{reportId}/versions")
    List<DamageReportView> versions(UUID reportId, Authentication caller) {
        return reporting.versions(reportId, caller);
    }

    /** The previous report of the same disaster, area and source, to show beside this one (404 when there is none). */
    @Get("/{reportId}/previous")
    DamageReportView previous(UUID reportId, Authentication caller) {
        return reporting.previous(reportId, caller);
    }

    /**
     * {@code disasterId}/{@code areaCode} (or {@code disaster}/{@code area}) and {@code status} filter; {@code limit}
     * and {@code offset} window the list ({@code size} and {@code page} are the older names of the same window).
     */
    @Get
    ReportPage search(@Nullable @QueryValue String disaster, @Nullable @QueryValue String disasterId,
                      @Nullable @QueryValue String area, @Nullable @QueryValue String areaCode,
                      @Nullable @QueryValue String submittedBy, @Nullable @QueryValue List<String> status,
                      @Nullable @QueryValue String order,
                      @Nullable @QueryValue @Min(1) @Max(500) Integer limit, @Nullable @QueryValue @Min(0) Long offset,
                      @Nullable @QueryValue @Min(1) @Max(500) Integer size, @Nullable @QueryValue @Min(0) Integer page,
                      Authentication caller) {
        int window = limit != null ? limit : size != null ? size : ReportSearch.DEFAULT_LIMIT;
        long from = offset != null ? offset : page != null ? (long) page * window : 0;
        var statuses = ReportSearch.statuses(status);
        return reporting.search(new ReportSearch(either(disasterId, disaster), either(areaCode, area), blankless(submittedBy),
                statuses, ReportSearch.oldestFirst(order, statuses), from, window), caller);
    }

    @Nullable
    private static String either(@Nullable String name, @Nullable String olderName) {
        return blankless(name) != null ? name.strip() : blankless(olderName);
    }

    @Nullable
    private static String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** With If-Match, the decision is taken only on that version (a delayed retry must not undo a later amendment). */
    @Post("/{reportId}/verification")
    ReportReceipt verify(UUID reportId, @Body @Valid VerificationRequest request, @Nullable @Header("If-Match") String ifMatch,
                         @Nullable Principal principal) {
        return verifying.decide(reportId, request, IfMatch.parse(ifMatch), Actors.name(principal));
    }
}
