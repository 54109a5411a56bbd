package org.recoverytracker.gateway.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.identity.UserAccessRevoked;
import org.recoverytracker.intake.outbox.Outbox;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.audit.AuditEntry;
import org.recoverytracker.intake.security.audit.AuditLog;
import org.recoverytracker.intake.security.audit.AuditQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What admins do to accounts. Each change is audited in its own transaction; disabling a user or resetting their
 * password also revokes every refresh token they hold and, in the same transaction, appends {@link UserAccessRevoked}
 * to the outbox: every service refuses the access tokens already issued as soon as it reads that event.
 */
@Singleton
public class UserAdministration {
    private static final Logger LOG = LoggerFactory.getLogger(UserAdministration.class);

    private final UserStore store;
    private final RefreshTokens refreshTokens;
    private final PasswordHashing hashing;
    private final AccountRules rules;
    private final AuditLog audit;
    private final Outbox outbox;
    private final AccessRevocationLog revocations;
    private final Clock clock;

    UserAdministration(UserStore store, RefreshTokens refreshTokens, PasswordHashing hashing, AccountRules rules, AuditLog audit,
                       Outbox outbox, AccessRevocationLog revocations, Clock clock) {
        this.store = store;
        this.refreshTokens = refreshTokens;
        this.hashing = hashing;
        this.rules = rules;
        this.audit = audit;
        this.outbox = outbox;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Transactional
    public UserView create(UserRequests.NewUser request, String admin) {
        rules.check(request);
        Instant now = clock.instant();
        List<String> areas = request.areaCodes() == null ? List.of() : List.copyOf(request.areaCodes());
        UserAccount user = new UserAccount(request.username(), request.displayName().strip(), request.role(), areas, true,
                hashing.hash(request.password()), now, now);
        if (!store.insert(user)) {
            throw ProblemException.conflict("the username " + request.username() + " is taken");
        }
        record(admin, "UserCreated", user, "role=" + user.role() + " areas=" + user.areaCodes());
        LOG.info("user {} ({}) created by {}", user.username(), user.role(), admin);
        return user.view();
    }

    /** Creates the user unless the username exists; for the demo accounts and the first admin. */
    @Transactional
    public boolean createIfAbsent(UserRequests.NewUser request, String by) {
        if (store.find(request.username()).isPresent()) {
            return false;
        }
        create(request, by);
        return true;
    }

    @ReadOnly
    public List<UserView> all() {
        return store.all().stream().map(UserAccount::view).toList();
    }

    @ReadOnly
    public UserView get(String username) {
        return existing(username).view();
    }

    @ReadOnly
    public boolean anyEnabledWithRole(String role) {
        return store.anyWithRole(role);
    }

    @Transactional
    public UserView setEnabled(String username, boolean enabled, String admin) {
        refuseOwn(username, admin, enabled ? "enable" : "disable");
        UserAccount user = change(username, u -> withEnabled(u, enabled));
        String action = enabled ? "UserEnabled" : "UserDisabled";
        if (!enabled) {
            endSessions(user, action, admin);
        }
        record(admin, action, user, null);
        return user.view();
    }

    @Transactional
    public UserView assignAreas(String username, List<String> areaCodes, String admin) {
        rules.checkRoleAndAreas(existing(username).role(), areaCodes);
        UserAccount user = change(username, u -> new UserAccount(u.username(), u.displayName(), u.role(), List.copyOf(areaCodes), u.enabled(),
                u.passwordHash(), u.createdAt(), clock.instant()));
        record(admin, "UserAreasAssigned", user, "areas=" + user.areaCodes());
        return user.view();
    }

    @Transactional
    public UserView changeRole(String username, String role, String admin) {
        refuseOwn(username, admin, "change the role of");
        rules.checkRoleAndAreas(role, existing(username).areaCodes());
        UserAccount user = change(username, u -> new UserAccount(u.username(), u.displayName(), role, u.areaCodes(), u.enabled(),
                u.passwordHash(), u.createdAt(), clock.instant()));
        record(admin, "UserRoleChanged", user, "role=" + role);
        return user.view();
    }

    @Transactional
    public UserView resetPassword(String username, String password, String admin) {
        rules.checkPassword(password);
        String hash = hashing.hash(password);
        UserAccount user = change(username, u -> new UserAccount(u.username(), u.displayName(), u.role(), u.areaCodes(), u.enabled(),
                hash, u.createdAt(), clock.instant()));
        endSessions(user, "UserPasswordReset", admin);
        record(admin, "UserPasswordReset", user, null);
        return user.view();
    }

    /** The gateway's own part of the audit trail: these account changes. */
    @ReadOnly
    public List<AuditEntry> trail(AuditQuery query) {
        return audit.find(query);
    }

    /**
     * Refresh tokens are refused at once; access tokens as soon as each service reads the revocation. Its time is the
     * next whole second, since a token's {@code iat} has whole seconds: every token issued until now is before it.
     */
    private void endSessions(UserAccount user, String reason, String admin) {
        Instant now = user.updatedAt();
        Instant tokensIssuedBefore = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        refreshTokens.revokeAll(user.username(), RefreshTokens.USER_CHANGED, now);
        revocations.record(user.username(), tokensIssuedBefore);
        outbox.append(Topics.ACCESS_REVOCATIONS, new UserAccessRevoked(UUID.randomUUID(), now, user.username(), 1, tokensIssuedBefore,
                reason, admin));
    }

    private UserAccount change(String username, UnaryOperator<UserAccount> change) {
        UserAccount changed = change.apply(existing(username));
        store.update(changed);
        return changed;
    }

    private UserAccount existing(String username) {
        return store.find(username).orElseThrow(() -> ProblemException.notFound("no user " + username));
    }

    private UserAccount withEnabled(UserAccount u, boolean enabled) {
        return new UserAccount(u.username(), u.displayName(), u.role(), u.areaCodes(), enabled, u.passwordHash(), u.createdAt(),
                clock.instant());
    }

    // an admin locking themselves out would leave nobody to undo it
    private static void refuseOwn(String username, String admin, String what) {
        if (username.equals(admin)) {
            throw ProblemException.conflict("you cannot " + what + " your own account; ask another admin");
        }
    }

    private void record(String admin, String action, UserAccount user, String detail) {
        audit.record(new AuditEntry(UUID.randomUUID(), null, clock.instant(), admin, action, "user/" + user.username(), null, detail));
    }
}
