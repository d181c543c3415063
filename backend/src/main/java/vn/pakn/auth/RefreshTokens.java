package vn.pakn.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import vn.pakn.common.config.PaknConfig;

/** Issues, finds and revokes refresh tokens: 256 random bits, of which only the hash is kept. */
@ApplicationScoped
class RefreshTokens {

    record Issued(String value, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final PaknConfig config;

    RefreshTokens(PaknConfig config) {
        this.config = config;
    }

    /** The first token of a new family, at sign-in. */
    Uni<Issued> startFamily(long accountId, Instant now) {
        return issue(accountId, UUID.randomUUID(), now.plus(config.auth().refreshTokenAbsoluteTtl()), now);
    }

    /** The successor of a token being rotated: same family, same absolute end. */
    Uni<Issued> next(RefreshToken previous, Instant now) {
        return issue(previous.accountId, previous.familyId, previous.familyExpiresAt, now);
    }

    Uni<RefreshToken> find(String value) {
        return RefreshToken.findById(hash(value));
    }

    /** Marks the token used; false when it was used or revoked meanwhile (a concurrent reuse). */
    Uni<Boolean> markUsed(RefreshToken token, Instant now) {
        return RefreshToken.update("usedAt = ?1 where tokenHash = ?2 and usedAt is null and revokedAt is null",
                now, token.tokenHash).map(count -> count == 1);
    }

    Uni<Integer> revokeFamily(UUID familyId, Instant now) {
        return RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    Uni<Integer> revokeAll(long accountId, Instant now) {
        return RefreshToken.update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", now, accountId);
    }

    private Uni<Issued> issue(long accountId, UUID familyId, Instant familyExpiresAt, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(config.auth().refreshTokenTtl());
        RefreshToken token = new RefreshToken();
        token.tokenHash = hash(value);
        token.familyId = familyId;
        token.accountId = accountId;
        token.issuedAt = now;
        token.expiresAt = expiresAt.isAfter(familyExpiresAt) ? familyExpiresAt : expiresAt;
        token.familyExpiresAt = familyExpiresAt;
        return token.persist().map(saved -> new Issued(value, token.expiresAt));
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
