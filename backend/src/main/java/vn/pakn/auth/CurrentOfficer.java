package vn.pakn.auth;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.pakn.unit.Role;

/** The signed-in officer of this request, read from the access token's claims. */
@RequestScoped
public class CurrentOfficer {

    private final JsonWebToken token;

    public CurrentOfficer(JsonWebToken token) {
        this.token = token;
    }

    public long accountId() {
        return Long.parseLong(token.getSubject());
    }

    public long unitId() {
        return AccessTokens.longClaim(token, AccessTokens.UNIT_CLAIM);
    }

    /** When this request's access token stops being valid (its exp claim). */
    public Instant tokenExpiresAt() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    public String name() {
        return token.getClaim(AccessTokens.NAME_CLAIM);
    }

    public Set<Role> roles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        token.getGroups().forEach(group -> roles.add(Role.valueOf(group)));
        return roles;
    }

    public boolean has(Role role) {
        return token.getGroups().contains(role.name());
    }

    /** Operators, the provincial office and admins work across units; everyone else only in their own. */
    public boolean seesAllUnits() {
        return has(Role.OPERATOR) || has(Role.PROVINCE_OFFICE) || has(Role.ADMIN);
    }
}
