package vn.pakn.unit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** An officer's account. The username is the mobile phone number in E.164. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String phone;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String position;

    public String email;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    public boolean passwordChangeRequired = true;

    @Column(name = "password_expires_at")
    public Instant passwordExpiresAt;

    @Column(name = "tokens_valid_after", nullable = false)
    public Instant tokensValidAfter;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new enabled account; its sessions are valid from {@code now}. */
    public static Account create(String phone, String fullName, long unitId, Set<Role> roles, String passwordHash,
            Instant now) {
        Account account = new Account();
        account.phone = phone;
        account.fullName = fullName;
        account.unitId = unitId;
        account.roles = EnumSet.copyOf(roles);
        account.passwordHash = passwordHash;
        account.tokensValidAfter = now;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    /** Gives the account a one-time password (initial or reset): it must be changed before anything else. */
    public void assignOneTimePassword(String hash, Instant expiresAt, Instant now) {
        passwordHash = hash;
        passwordChangeRequired = true;
        passwordExpiresAt = expiresAt;
        endSessions(now);
    }

    /** Refuses every token issued until now, access tokens included. */
    public void endSessions(Instant now) {
        tokensValidAfter = now;
        updatedAt = now;
    }
}
