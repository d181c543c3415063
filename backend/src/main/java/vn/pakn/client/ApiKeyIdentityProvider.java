package vn.pakn.client;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** Turns a valid, unrevoked API key into the identity of its service client, with its scopes as roles. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    static final String CLIENT_ID = "pakn.client-id";
    static final String REQUESTS_PER_MINUTE = "pakn.client-requests-per-minute";

    private final Pool pool;

    public ApiKeyIdentityProvider(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        String prefix = ApiKeys.prefix(request.key()).orElse(null);
        if (prefix == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed API key"));
        }
        return pool.preparedQuery("select id, name, key_hash, scopes, requests_per_minute from service_client"
                + " where key_prefix = $1 and revoked_at is null").execute(Tuple.of(prefix))
                .map(rows -> {
                    RowIterator<Row> iterator = rows.iterator();
                    Row row = iterator.hasNext() ? iterator.next() : null;
                    if (row == null || !ApiKeys.matches(request.key(), row.getString("key_hash"))) {
                        throw new AuthenticationFailedException("unknown or revoked API key");
                    }
                    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal("client:" + row.getString("name")))
                            .addRole(Scope.CLIENT)
                            .addAttribute(CLIENT_ID, row.getLong("id"))
                            .addAttribute(REQUESTS_PER_MINUTE, row.getInteger("requests_per_minute"));
                    Arrays.stream(row.getString("scopes").split(",")).filter(s -> !s.isBlank())
                            .forEach(identity::addRole);
                    return identity.build();
                });
    }
}
