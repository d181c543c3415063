package vn.pakn.workflow.history;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One field of a history entry: Trường, Giá trị cũ, Giá trị mới (values as shown to people). */
@Entity
@Table(name = "pakn_history_change")
public class PaknHistoryChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pakn_history_change_seq")
    @SequenceGenerator(name = "pakn_history_change_seq", sequenceName = "pakn_history_change_seq",
            allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "history_id")
    public PaknHistory history;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HistoryField field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(nullable = false)
    public int position;
}
