package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditLog;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;
import vn.pakn.unit.Account;

/** Refresh-token rotation with reuse detection (ASVS V10.4.5) and logout. */
@ApplicationScoped
public class SessionService {

    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final AuditLog audit;
    private final PaknConfig config;
    private final Clock clock;

    SessionService(RefreshTokens refreshTokens, AccessTokens accessTokens, AuditLog audit, PaknConfig config,
            Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Trades a refresh token for a new access token and the next refresh token of its family. A token presented
     * a second time means it was stolen (or the thief already used it): the whole family is revoked, and that is
     * committed before the 401 leaves.
     */
    public Uni<SignIn> refresh(String value, Client client) {
        if (value == null || value.isBlank()) {
            return Uni.createFrom().failure(unauthorized());
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> refreshTokens.find(value).flatMap(token -> {
            if (token == null) {
                return Uni.createFrom().item(Optional.<SignIn>empty());
            }
            if (token.usedAt != null) {
                return reuse(token, now, client);
            }
            if (!token.usableAt(now)) {
                return Uni.createFrom().item(Optional.<SignIn>empty());
            }
            return Account.<Account>findById(token.accountId).flatMap(account -> {
                if (!account.enabled || token.issuedAt.toEpochMilli() < account.tokensValidAfter.toEpochMilli()) {
                    return Uni.createFrom().item(Optional.<SignIn>empty());
                }
                return refreshTokens.markUsed(token, now).flatMap(first -> first
                        ? refreshTokens.next(token, now).map(next -> Optional.of(new SignIn(
                                accessTokens.issue(account), config.auth().accessTokenTtl().toSeconds(), next,
                                account.passwordChangeRequired)))
                        : reuse(token, now, client));
            });
        })).map(signIn -> signIn.orElseThrow(SessionService::unauthorized));
    }

    /**
     * Ends this session: the access token's {@code jti} goes on the deny-list until it expires, and the refresh
     * token's family (if the client sent one of its own) is revoked. The officer's other devices stay signed in.
     */
    public Uni<Void> logout(long accountId, String label, String jti, Instant accessTokenExpiresAt,
            String refreshToken, Client client) {
        Instant now = clock.instant();
        RevokedAccessToken revoked = new RevokedAccessToken();
        revoked.jti = jti;
        revoked.accountId = accountId;
        revoked.expiresAt = accessTokenExpiresAt;
        return Panache.withTransaction(() -> revoked.persist()
                .chain(() -> refreshToken == null || refreshToken.isBlank()
                        ? Uni.createFrom().nullItem()
                        : refreshTokens.find(refreshToken))
                .chain(token -> token != null && token.accountId == accountId
                        ? refreshTokens.revokeFamily(token.familyId, now)
                        : Uni.createFrom().item(0))
                .chain(() -> audit.record(AuditAction.LOGOUT, accountId, label, "account", accountId,
                        client.ip(), client.userAgent(), null)));
    }

    private Uni<Optional<SignIn>> reuse(RefreshToken token, Instant now, Client client) {
        return refreshTokens.revokeFamily(token.familyId, now)
                .chain(() -> audit.record(AuditAction.TOKEN_REUSE_DETECTED, token.accountId, null, "account",
                        token.accountId, client.ip(), client.userAgent(),
                        Map.of("family", token.familyId.toString())))
                .replaceWith(Optional.empty());
    }

    private static ProblemException unauthorized() {
        return new ProblemException(Status.UNAUTHORIZED, "unauthorized");
    }
}
