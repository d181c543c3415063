package vn.pakn.workflow;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An opinion (Ý kiến xử lý) written while processing; coordinating units write them too. */
@Entity
@Table(name = "pakn_comment")
public class PaknComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pakn_comment_seq")
    @SequenceGenerator(name = "pakn_comment_seq", sequenceName = "pakn_comment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pakn_id", nullable = false)
    public Long paknId;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
