package vn.pakn.pakn;

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
import jakarta.persistence.Version;
import java.time.Instant;
import vn.pakn.pakn.catalog.Category;
import vn.pakn.pakn.catalog.Channel;
import vn.pakn.unit.Account;
import vn.pakn.unit.Unit;
import vn.pakn.workflow.ReturnReason;
import vn.pakn.workflow.process.Process;
import vn.pakn.workflow.process.ProcessStep;

/** A citizen's or organisation's feedback or petition (phản ánh, kiến nghị) and where it stands in its process. */
@Entity
@Table(name = "pakn")
public class Pakn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pakn_seq")
    @SequenceGenerator(name = "pakn_seq", sequenceName = "pakn_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String content;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_id")
    public Channel channel;
    @Column(name = "request_type")
    public String requestType;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
    @Column(name = "location_text")
    public String locationText;
    public String area;
    public Double latitude;
    public Double longitude;

    @Column(name = "reporter_name")
    public String reporterName;
    @Column(name = "reporter_phone")
    public String reporterPhone;
    @Column(name = "reporter_id_number")
    public String reporterIdNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_kind", nullable = false)
    public ReporterKind reporterKind = ReporterKind.INDIVIDUAL;
    @Column(name = "reporter_address")
    public String reporterAddress;
    @Column(name = "reporter_email")
    public String reporterEmail;
    @Column(name = "identity_disclosed", nullable = false)
    public boolean identityDisclosed;
    @Column(name = "is_public", nullable = false)
    public boolean published;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reported_unit_id")
    public Unit reportedUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    public Process process;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "current_step_id")
    public ProcessStep currentStep;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaknStatus status;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_unit_id")
    public Unit mainUnit;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    public Account handler;
    @Enumerated(EnumType.STRING)
    @Column(name = "return_reason")
    public ReturnReason returnReason;
    public Instant deadline;
    /** When the current step's clock started; with the deadline it tells how much of the time is left. */
    @Column(name = "deadline_started_at")
    public Instant deadlineStartedAt;
    /** When the item turns Sắp đến hạn (null: not pending); the progress sweep reads it. */
    @Column(name = "due_soon_at")
    public Instant dueSoonAt;
    /** When the handler is reminded of the deadline (null: not pending); the reminder sweep reads it. */
    @Column(name = "remind_at")
    public Instant remindAt;
    /** The deadline was moved by an appointment (Hẹn xử lý): closed after the first deadline is not late. */
    @Column(name = "deadline_extended", nullable = false)
    public boolean deadlineExtended;
    @Enumerated(EnumType.STRING)
    public Progress progress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_unit_id")
    public Unit resultUnit;
    @Column(name = "result_content")
    public String resultContent;
    @Column(name = "result_public", nullable = false)
    public boolean resultPublic;
    @Column(name = "result_approved", nullable = false)
    public boolean resultApproved;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_approved_by")
    public Account resultApprovedBy;
    @Column(name = "result_approved_at")
    public Instant resultApprovedAt;

    /** Đánh giá: copied from pakn_rating by its trigger (the rating feature writes there, never here). */
    @Column(insertable = false, updatable = false)
    public String rating;
    @Column(name = "rating_comment", insertable = false, updatable = false)
    public String ratingComment;
    @Column(name = "rated_at", insertable = false, updatable = false)
    public Instant ratedAt;

    @Column(name = "created_by")
    public Long createdBy;
    @Version
    public long version;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isMainUnit(long unitId) {
        return mainUnit != null && mainUnit.id == unitId;
    }
}
