package vn.pakn.client;

/**
 * What a service client may do. A client's scopes become the roles of its identity, so endpoints name them in
 * {@code @RolesAllowed}.
 */
public final class Scope {

    public static final String RATING_WRITE = "rating:write";
    public static final String PAKN_SUBMIT = "pakn:submit";
    public static final String PAKN_READ = "pakn:read";
    /** Every service client has this role, whatever its scopes. */
    public static final String CLIENT = "CLIENT";

    static final java.util.Set<String> ALL = java.util.Set.of(RATING_WRITE, PAKN_SUBMIT, PAKN_READ);

    private Scope() {
    }
}
