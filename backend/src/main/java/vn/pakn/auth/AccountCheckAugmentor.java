package vn.pakn.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Holds every access token against the database, so that logout (ASVS V7.4.1), disabling an account and a
 * password change or reset (V7.4.2) end sessions at once rather than when the token expires: the account must
 * exist and be enabled, the token must be issued at or after the account's tokens_valid_after, and its jti must not
 * be revoked. One query by primary keys, on the reactive pool (no Hibernate session on this hot path). Also reads
 * whether the officer must still change the one-time password, for {@link PasswordChangeFilter}.
 */
@ApplicationScoped
public class AccountCheckAugmentor implements SecurityIdentityAugmentor {

    static final String PASSWORD_CHANGE_REQUIRED = "pakn.password-change-required";

    private static final String CHECK = """
            select a.enabled
                   and $2::bigint >= floor(extract(epoch from a.tokens_valid_after) * 1000)::bigint
                   and not exists (select 1 from revoked_access_token r where r.jti = $3) as valid,
                   a.password_change_required
            from account a where a.id = $1""";

    private final Pool pool;

    AccountCheckAugmentor(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        long accountId;
        long issuedMs;
        String jti = token.getTokenID();
        try {
            accountId = Long.parseLong(token.getSubject());
            issuedMs = AccessTokens.longClaim(token, AccessTokens.ISSUED_MS_CLAIM);
        } catch (RuntimeException notOurs) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token lacks sub or iat_ms"));
        }
        if (jti == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token lacks jti"));
        }
        return pool.preparedQuery(CHECK).execute(Tuple.of(accountId, issuedMs, jti)).map(rows -> {
            RowIterator<Row> iterator = rows.iterator();
            Row row = iterator.hasNext() ? iterator.next() : null;
            if (row == null || !row.getBoolean("valid")) {
                throw new AuthenticationFailedException("session ended");
            }
            return QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(PASSWORD_CHANGE_REQUIRED, row.getBoolean("password_change_required"))
                    .build();
        });
    }
}
