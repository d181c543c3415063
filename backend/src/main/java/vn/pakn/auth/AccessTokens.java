package vn.pakn.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;

/**
 * Signs access tokens. Claims: {@code sub} = account id, {@code upn} = phone, {@code groups} = roles,
 * {@code unit} = unit id, {@code name} = full name, {@code iat_ms}; header {@code kid} names the signing key.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String UNIT_CLAIM = "unit";
    public static final String NAME_CLAIM = "name";
    /** {@code iat} in milliseconds: compared with the account's tokens_valid_after, which has sub-second precision. */
    public static final String ISSUED_MS_CLAIM = "iat_ms";

    private final PaknConfig config;
    private final Clock clock;

    public AccessTokens(PaknConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A numeric claim: SmallRye JWT hands custom claims back as JSON numbers, not Java ones. */
    static long longClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonNumber json) {
            return json.longValueExact();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalArgumentException("claim " + name + " is not a number");
    }

    public String issue(Account account) {
        Instant now = clock.instant();
        return Jwt.subject(account.id.toString())
                .upn(account.phone)
                .groups(account.roles.stream().map(Role::name).collect(Collectors.toSet()))
                .claim(UNIT_CLAIM, account.unitId)
                .claim(NAME_CLAIM, account.fullName)
                .issuedAt(now)
                .claim(ISSUED_MS_CLAIM, now.toEpochMilli())
                .expiresAt(now.plus(config.auth().accessTokenTtl()))
                .claim("jti", UUID.randomUUID().toString())
                .jws().keyId(config.auth().keyId())
                .sign();
    }
}
