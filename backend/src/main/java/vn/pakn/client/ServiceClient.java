package vn.pakn.client;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A service client (the citizens' portal, a third-party app) and its hashed API key. */
@Entity
@Table(name = "service_client")
public class ServiceClient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_client_seq")
    @SequenceGenerator(name = "service_client_seq", sequenceName = "service_client_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    /** Comma-separated {@link Scope} values. */
    @Column(nullable = false)
    public String scopes;

    @Column(name = "requests_per_minute", nullable = false)
    public int requestsPerMinute;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
