package vn.pakn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** Tokens an attacker could present: each is refused with 401, never let through. */
@QuarkusTest
class TokenValidationTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @Inject
    TestData data;
    @Inject
    PaknConfig config;

    private Account account;

    @BeforeEach
    void account() {
        account = data.account(data.unit("Sở Tài nguyên thử", UnitKind.DEPARTMENT), Role.SPECIALIST);
    }

    @Test
    void theGenuineTokenWorks() {
        given().auth().oauth2(data.token(account)).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(claims(Instant.now()).jws().keyId(config.auth().keyId()).sign())
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void refusesAnExpiredToken() {
        String expired = claims(Instant.now().minusSeconds(3600)).jws().keyId(config.auth().keyId()).sign();
        refused(expired);
    }

    @Test
    void refusesATamperedToken() {
        String genuine = data.token(account);
        // verified once: the forgery of its claims must not pass as the same token
        given().auth().oauth2(genuine).get("/api/v1/me").then().statusCode(200);
        String[] parts = genuine.split("\\.");
        String payload = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"SPECIALIST\"", "\"ADMIN\"");
        String forged = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forged + "." + parts[2];
        refused(tampered);
        given().auth().oauth2(tampered).get("/api/v1/admin/audit-events").then().statusCode(401);
    }

    @Test
    void refusesAnUnsignedToken() {
        String payload = data.token(account).split("\\.")[1];
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + payload + ".");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        refused(claims(Instant.now()).jws().keyId(config.auth().keyId()).sign(otherKey));
    }

    @Test
    void refusesASymmetricallySignedToken() {
        refused(claims(Instant.now()).jws().algorithm(SignatureAlgorithm.HS256).keyId(config.auth().keyId())
                .signWithSecret("a-secret-that-anyone-could-have-chosen-0123456789"));
    }

    @Test
    void refusesAWellSignedTokenWithoutTheClaimsWeIssue() {
        Instant now = Instant.now();
        String noIssuedMs = Jwt.subject(account.id.toString()).upn(account.phone).groups(Role.SPECIALIST.name())
                .claim(AccessTokens.UNIT_CLAIM, account.unitId).issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim("jti", UUID.randomUUID().toString()).jws().keyId(config.auth().keyId()).sign();
        refused(noIssuedMs);
    }

    @Test
    void theWrongRoleIsForbidden() {
        Account operator = data.account(account.unitId, Role.OPERATOR);
        given().auth().oauth2(data.token(operator)).get("/api/v1/admin/audit-events")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    private JwtClaimsBuilder claims(Instant issuedAt) {
        return Jwt.subject(account.id.toString())
                .upn(account.phone)
                .groups(Role.SPECIALIST.name())
                .claim(AccessTokens.UNIT_CLAIM, account.unitId)
                .issuedAt(issuedAt)
                .claim(AccessTokens.ISSUED_MS_CLAIM, issuedAt.toEpochMilli())
                .expiresAt(issuedAt.plus(config.auth().accessTokenTtl()))
                .claim("jti", UUID.randomUUID().toString());
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
    }
}
