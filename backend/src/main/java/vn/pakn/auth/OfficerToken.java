package vn.pakn.auth;

import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified access token with our own claims read once. SmallRye's principal looks every claim name up in the
 * standard {@code Claims} enum and, for a name it does not hold (unit, name, iat_ms), builds and catches an exception
 * with a full stack trace: several per request, each time the officer's unit or name is asked for.
 */
final class OfficerToken implements JsonWebToken {

    private final JsonWebToken verified;
    private final long unitId;
    private final long issuedMs;
    private final String name;
    private final Set<String> groups;

    OfficerToken(JsonWebToken verified) {
        this.verified = verified;
        this.unitId = AccessTokens.longClaim(verified, AccessTokens.UNIT_CLAIM);
        this.issuedMs = AccessTokens.longClaim(verified, AccessTokens.ISSUED_MS_CLAIM);
        this.name = verified.getClaim(AccessTokens.NAME_CLAIM);
        this.groups = Set.copyOf(verified.getGroups());
    }

    @Override
    public String getName() {
        return verified.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return verified.getClaimNames();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claim) {
        return (T) switch (claim) {
            case AccessTokens.UNIT_CLAIM -> unitId;
            case AccessTokens.ISSUED_MS_CLAIM -> issuedMs;
            case AccessTokens.NAME_CLAIM -> name;
            default -> verified.getClaim(claim);
        };
    }

    @Override
    public Set<String> getGroups() {
        return groups;
    }

    @Override
    public Set<String> getAudience() {
        return verified.getAudience();
    }

    @Override
    public String toString() {
        return "OfficerToken[" + getSubject() + "]";
    }
}
