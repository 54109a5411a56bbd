package org.recoverytracker.damage.disaster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.Actors;

@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/disasters")
class DisasterController {
    private final DisasterDeclaring declaring;

    DisasterController(DisasterDeclaring declaring) {
        this.declaring = declaring;
    }

    @Post
    HttpResponse<DisasterView> declare(@Body @Valid DisasterRequest request, @Nullable Principal principal) {
        DisasterDeclaring.Declared declared = declaring.declare(request, Actors.name(principal));
        return HttpResponse.status(declared.created() ? HttpStatus.CREATED : HttpStatus.OK).body(declared.disaster());
    }

    @Get
    List<DisasterView> list() {
        return declaring.all();
    }

    @Get("/{id}")
    DisasterView get(String id) {
        return declaring.find(id).orElseThrow(() -> ProblemException.notFound("no disaster " + id));
    }
}
