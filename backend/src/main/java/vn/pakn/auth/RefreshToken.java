package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token, stored as its SHA-256 only. Each rotation marks it used and issues the next of its family;
 * a family ends at {@code familyExpiresAt} however often it rotated (ASVS V10.4.8).
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "family_expires_at", nullable = false)
    public Instant familyExpiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && now.isBefore(familyExpiresAt);
    }
}
