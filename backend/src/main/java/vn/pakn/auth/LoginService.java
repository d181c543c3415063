package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditLog;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;
import vn.pakn.unit.Account;
import vn.pakn.unit.PhoneNumber;

/**
 * Signs officers in. A wrong password, an unknown user, a disabled account and an expired one-time password all get
 * the same 401 after the same work (an unknown user's password is checked against a dummy hash), so neither the
 * answer nor its timing tells whether an account exists (ASVS V6.3.8). The failure is counted and audited in a
 * committed transaction before the answer leaves.
 */
@ApplicationScoped
public class LoginService {

    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final InFlightAttempts inFlight;
    private final AuditLog audit;
    private final PaknConfig config;
    private final Clock clock;
    /** A hash of a random password, made once on a worker thread, to spend the same time on unknown users. */
    private final Uni<String> dummyHash;

    LoginService(PasswordHasher hasher, AccessTokens accessTokens, RefreshTokens refreshTokens, LoginThrottle throttle,
            InFlightAttempts inFlight, AuditLog audit, PaknConfig config, Clock clock) {
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.inFlight = inFlight;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.dummyHash = hasher.hash(OneTimePassword.generate()).memoize().indefinitely();
    }

    private record Lookup(Optional<Instant> blockedUntil, Account account) {
    }

    public Uni<SignIn> login(LoginRequest request, Client client) {
        Optional<String> phone = PhoneNumber.normalize(request.username());
        String username = phone.orElseGet(() -> request.username().strip().toLowerCase(Locale.ROOT));
        String userKey = ThrottlePolicy.userKey(username, client.ip());
        String addressKey = ThrottlePolicy.addressKey(client.ip());
        Instant now = clock.instant();
        if (!inFlight.start(userKey, addressKey)) {
            return throttled(request.username(), now.plusSeconds(1), now, client);
        }
        return Panache.withSession(() -> throttle.blockedUntil(userKey, addressKey, now)
                        .flatMap(blocked -> blocked.isPresent() || phone.isEmpty()
                                ? Uni.createFrom().item(new Lookup(blocked, null))
                                : Account.<Account>find("phone", phone.get()).firstResult()
                                        .map(account -> new Lookup(blocked, account))))
                .flatMap(lookup -> {
                    if (lookup.blockedUntil().isPresent()) {
                        return throttled(request.username(), lookup.blockedUntil().get(), now, client);
                    }
                    return check(request.password(), lookup.account(), now).flatMap(reason -> reason == null
                            ? succeed(lookup.account(), userKey, client)
                            : fail(request.username(), lookup.account(), reason, userKey, addressKey, now, client));
                })
                .eventually(() -> inFlight.end(userKey, addressKey));
    }

    /** Null when the password is right and the account may sign in, else why not (for the audit log only). */
    private Uni<String> check(String password, Account account, Instant now) {
        if (account == null) {
            return dummyHash.flatMap(hash -> hasher.verify(password, hash)).replaceWith("unknown-user");
        }
        return hasher.verify(password, account.passwordHash).map(matches -> {
            if (!matches) {
                return "wrong-password";
            }
            if (!account.enabled) {
                return "account-disabled";
            }
            if (account.passwordExpiresAt != null && !now.isBefore(account.passwordExpiresAt)) {
                return "one-time-password-expired";
            }
            return null;
        });
    }

    private Uni<SignIn> succeed(Account account, String userKey, Client client) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> throttle.reset(userKey)
                .chain(() -> refreshTokens.startFamily(account.id, now))
                .call(() -> audit.record(AuditAction.LOGIN_SUCCEEDED, account.id, account.fullName, "account",
                        account.id, client.ip(), client.userAgent(), null)))
                .map(refresh -> new SignIn(accessTokens.issue(account), config.auth().accessTokenTtl().toSeconds(),
                        refresh, account.passwordChangeRequired));
    }

    private Uni<SignIn> fail(String typed, Account account, String reason, String userKey, String addressKey,
            Instant now, Client client) {
        return Panache.withTransaction(() -> throttle.recordFailure(userKey, addressKey, now)
                .call(() -> audit.record(AuditAction.LOGIN_FAILED, null, typed, account == null ? null : "account",
                        account == null ? null : account.id, client.ip(), client.userAgent(),
                        Map.of("reason", reason))))
                .chain(() -> Uni.createFrom().failure(
                        new ProblemException(Status.UNAUTHORIZED, "invalid-credentials")));
    }

    private Uni<SignIn> throttled(String typed, Instant blockedUntil, Instant now, Client client) {
        long retryAfter = ThrottlePolicy.retryAfterSeconds(now, blockedUntil);
        return Panache.withTransaction(() -> audit.record(AuditAction.LOGIN_THROTTLED, null, typed, null, null,
                        client.ip(), client.userAgent(), Map.of("retryAfterSeconds", retryAfter)))
                .chain(() -> Uni.createFrom().failure(new ProblemException(Status.TOO_MANY_REQUESTS,
                        "login-throttled", String.valueOf(retryAfter)).withHeader("Retry-After", retryAfter)));
    }
}
