package org.recoverytracker.gateway.identity;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.intake.problem.Problem;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.Roles;

/**
 * What a valid account looks like. Passwords follow NIST SP 800-63B: a minimum length and no composition rules.
 * Area codes must name an area in some boundary version: a field officer working on Typhoon Yagi reports
 * (September 2024) is assigned three-tier codes that no longer exist today.
 */
@Singleton
class AccountRules {
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final Gazetteer gazetteer;

    AccountRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void check(UserRequests.NewUser user) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (!USERNAME.matcher(user.username()).matches()) {
            invalid.add(new Problem.InvalidParam("username", "3 to 64 lower-case letters, digits, '.', '_' or '-'"));
        }
        password(user.password(), invalid);
        role(user.role(), invalid);
        areas(user.role(), user.areaCodes() == null ? List.of() : user.areaCodes(), invalid);
        fail(invalid);
    }

    void checkPassword(String password) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        password(password, invalid);
        fail(invalid);
    }

    void checkRoleAndAreas(String role, List<String> areaCodes) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        role(role, invalid);
        areas(role, areaCodes, invalid);
        fail(invalid);
    }

    private static void password(String password, List<Problem.InvalidParam> invalid) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            invalid.add(new Problem.InvalidParam("password", "between " + MIN_PASSWORD + " and " + MAX_PASSWORD + " characters"));
        }
    }

    private static void role(String role, List<Problem.InvalidParam> invalid) {
        if (!Roles.ALL.contains(role)) {
            invalid.add(new Problem.InvalidParam("role", "one of " + Roles.ALL));
        }
    }

    private void areas(String role, List<String> codes, List<Problem.InvalidParam> invalid) {
        if (Roles.FIELD_STAFF.equals(role) && codes.isEmpty()) {
            invalid.add(new Problem.InvalidParam("areaCodes", "field staff need at least one assigned area"));
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (gazetteer.versions().stream().noneMatch(version -> gazetteer.area(code, version).isPresent())) {
                invalid.add(new Problem.InvalidParam("areaCodes[" + i + "]", "no area has the code " + code));
            }
        }
    }

    private static void fail(List<Problem.InvalidParam> invalid) {
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
    }
}
