package vn.pakn.client;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The service client calling this request (authenticated with X-API-Key): its id and its name. */
@RequestScoped
public class CallingClient {

    private final SecurityIdentity identity;

    CallingClient(SecurityIdentity identity) {
        this.identity = identity;
    }

    public long id() {
        return identity.<Long>getAttribute(ApiKeyIdentityProvider.CLIENT_ID);
    }

    public String name() {
        return identity.getPrincipal().getName().substring("client:".length());
    }
}
