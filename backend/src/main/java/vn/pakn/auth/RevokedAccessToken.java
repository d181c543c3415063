package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An access token ended by logout before its expiry; {@link AccountCheckAugmentor} refuses its {@code jti}. */
@Entity
@Table(name = "revoked_access_token")
public class RevokedAccessToken extends PanacheEntityBase {

    @Id
    public String jti;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
