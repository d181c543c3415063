package vn.pakn.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remembered verification, with SmallRye's real parser and an RSA key of its own, without the 60 s of clock skew
 * the application allows, so that an expiry shows within a second. (The HTTP side: TokenValidationTest and the
 * logout tests of RefreshTokenTest, which use a token before it is tampered with or revoked.)
 */
class VerifiedTokensTest {

    private KeyPair keys;
    private VerifiedTokens tokens;

    @BeforeEach
    void parser() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.getPublic(), "pakn-1022");
        context.setClockSkew(0);
        tokens = new VerifiedTokens(new DefaultJWTParser(context));
    }

    @Test
    void aTokenIsVerifiedOnceAndItsClaimsReadOnce() throws ParseException {
        String token = token(Instant.now().plusSeconds(600));
        JsonWebToken first = tokens.parse(token);
        assertSame(first, tokens.parse(token));
        assertEquals(7L, (Long) first.getClaim(AccessTokens.UNIT_CLAIM));
        assertEquals("Chuyên viên Thử", first.getClaim(AccessTokens.NAME_CLAIM));
        assertEquals("42", first.getSubject());
        assertEquals(Set.of("SPECIALIST"), first.getGroups());
    }

    @Test
    void anotherSignatureOnTheSameClaimsIsCheckedAfresh() throws ParseException {
        String token = token(Instant.now().plusSeconds(600));
        tokens.parse(token);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);
        assertThrows(ParseException.class, () -> tokens.parse(tampered));
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws Exception {
        Instant expiry = Instant.now().plusSeconds(1);
        String token = token(expiry);
        tokens.parse(token);
        while (Instant.now().getEpochSecond() <= expiry.getEpochSecond()) {
            Thread.sleep(100);
        }
        assertThrows(ParseException.class, () -> tokens.parse(token));
    }

    private String token(Instant expiry) {
        Instant now = Instant.now();
        return Jwt.issuer("pakn-1022").subject("42").groups("SPECIALIST")
                .claim(AccessTokens.UNIT_CLAIM, 7L).claim(AccessTokens.NAME_CLAIM, "Chuyên viên Thử")
                .issuedAt(now).claim(AccessTokens.ISSUED_MS_CLAIM, now.toEpochMilli()).expiresAt(expiry)
                .jws().sign(keys.getPrivate());
    }
}
