package vn.pakn.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each access token once, not on every request it comes with: parsing and checking the RS256 signature
 * was most of the memory a detail GET allocated (docs/BENCHMARKS.md, session 14). A token is remembered by its exact
 * text and only until it expires; everything that can end a session before then (logout, a disabled account, a
 * new password) is {@link AccountCheckAugmentor}'s query, which still runs on every request.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class VerifiedTokens implements JWTParser {

    /** Officers signed in at once on one instance, with room; past it, the expired go, or all if none has. */
    static final int CAPACITY = 4096;
    /** The parser checks expiry against the system clock, so this does too (tests move the application's). */
    private static final Clock SYSTEM = Clock.systemUTC();

    private final DefaultJWTParser parser;
    private final Map<String, OfficerToken> verified = new ConcurrentHashMap<>();

    VerifiedTokens(DefaultJWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = SYSTEM.instant().getEpochSecond();
        OfficerToken known = verified.get(token);
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        JsonWebToken checked = parser.parse(token);
        if (!checked.containsClaim(AccessTokens.UNIT_CLAIM) || !checked.containsClaim(AccessTokens.ISSUED_MS_CLAIM)) {
            return checked; // not one of ours: AccountCheckAugmentor refuses it
        }
        OfficerToken officer = new OfficerToken(checked);
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(t -> t.getExpirationTime() <= now);
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, officer);
        return officer;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
