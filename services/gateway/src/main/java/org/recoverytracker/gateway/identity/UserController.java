package org.recoverytracker.gateway.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.util.List;

/** Admins manage accounts (ADMIN only, by the gateway's intercept-url-map). */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {
    private final UserAdministration administration;

    UserController(UserAdministration administration) {
        this.administration = administration;
    }

    @Post
    HttpResponse<UserView> create(@Body @Valid UserRequests.NewUser request, Authentication admin) {
        return HttpResponse.created(administration.create(request, admin.getName()));
    }

    @Get
    List<UserView> list() {
        return administration.all();
    }

    @Get("/{username}")
    UserView get(String username) {
        return administration.get(username);
    }

    @Post("/{username}/disable")
    UserView disable(String username, Authentication admin) {
        return administration.setEnabled(username, false, admin.getName());
    }

    @Post("/{username}/enable")
    UserView enable(String username, Authentication admin) {
        return administration.setEnabled(username, true, admin.getName());
    }

    @Put("/{username}/areas")
    UserView assignAreas(String username, @Body @Valid UserRequests.Areas request, Authentication admin) {
        return administration.assignAreas(username, request.areaCodes(), admin.getName());
    }

    @Put("/{username}/role")
    UserView changeRole(String username, @Body @Valid UserRequests.Role request, Authentication admin) {
        return administration.changeRole(username, request.role(), admin.getName());
    }

    @Put("/{username}/password")
    UserView resetPassword(String username, @Body @Valid UserRequests.Password request, Authentication admin) {
        return administration.resetPassword(username, request.password(), admin.getName());
    }
}
