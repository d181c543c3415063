package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditLog;
import vn.pakn.common.error.Problem;
import vn.pakn.common.error.ProblemException;
import vn.pakn.unit.Account;

/** An officer changes their own password; every session ends and they sign in again, as in the seed's manual. */
@ApplicationScoped
public class PasswordService {

    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final InFlightAttempts inFlight;
    private final AuditLog audit;
    private final Clock clock;

    PasswordService(PasswordHasher hasher, PasswordPolicy policy, RefreshTokens refreshTokens, LoginThrottle throttle,
            InFlightAttempts inFlight, AuditLog audit, Clock clock) {
        this.hasher = hasher;
        this.policy = policy;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.inFlight = inFlight;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Guesses of the current password (someone holding a stolen access token, wanting the account for good) are
     * throttled as sign-ins are, per account whatever the address.
     */
    public Uni<Void> change(long accountId, ChangePasswordRequest request, Client client) {
        String key = ThrottlePolicy.passwordChangeKey(accountId);
        String addressKey = ThrottlePolicy.addressKey(client.ip());
        Instant now = clock.instant();
        if (!inFlight.start(key, addressKey)) {
            return Uni.createFrom().failure(throttled(now.plusSeconds(1), now));
        }
        return Panache.withSession(() -> throttle.blockedUntil(key, addressKey, now).flatMap(blocked -> {
                    if (blocked.isPresent()) {
                        throw throttled(blocked.get(), now);
                    }
                    return Account.<Account>findById(accountId);
                }))
                .flatMap(account -> hasher.verify(request.currentPassword(), account.passwordHash)
                        .call(matches -> matches ? Uni.createFrom().voidItem()
                                : Panache.withTransaction(() -> throttle.recordFailure(key, addressKey, now)))
                        .invoke(matches -> validate(matches, account, request)))
                .chain(() -> hasher.hash(request.newPassword()))
                .chain(hash -> Panache.withTransaction(() -> Account.<Account>findById(accountId)
                        .chain(account -> store(account, hash, client)).call(() -> throttle.reset(key))))
                .eventually(() -> inFlight.end(key, addressKey));
    }

    private static ProblemException throttled(Instant blockedUntil, Instant now) {
        long retryAfter = ThrottlePolicy.retryAfterSeconds(now, blockedUntil);
        return new ProblemException(Status.TOO_MANY_REQUESTS, "password-change-throttled", String.valueOf(retryAfter))
                .withHeader("Retry-After", retryAfter);
    }

    private void validate(boolean currentMatches, Account account, ChangePasswordRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!currentMatches) {
            errors.add(new Problem.FieldError("currentPassword", "field.current-password-wrong"));
        }
        policy.violations(request.newPassword(), account.phone, currentMatches ? request.currentPassword() : null)
                .forEach(key -> errors.add(new Problem.FieldError("newPassword", "field." + key)));
        if (!errors.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "validation", errors);
        }
    }

    private Uni<Void> store(Account account, String hash, Client client) {
        // milliseconds: access tokens carry iat_ms, and a token issued later in this same instant must stay valid
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        account.passwordHash = hash;
        account.passwordChangeRequired = false;
        account.passwordExpiresAt = null;
        account.tokensValidAfter = now;
        account.updatedAt = now;
        return refreshTokens.revokeAll(account.id, now)
                .chain(() -> audit.record(AuditAction.PASSWORD_CHANGED, account.id, account.fullName, "account",
                        account.id, client.ip(), client.userAgent(), null));
    }
}
