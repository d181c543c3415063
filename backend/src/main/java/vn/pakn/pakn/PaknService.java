package vn.pakn.pakn;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.catalog.CatalogEntry;
import vn.pakn.pakn.catalog.Category;
import vn.pakn.pakn.catalog.Channel;
import vn.pakn.unit.Unit;
import vn.pakn.workflow.ActionRequest;
import vn.pakn.workflow.ActionService;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.Changes;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;
import vn.pakn.workflow.process.Process;

/** Intake (create), the detail, and editing (Chỉnh sửa) of a PAKN. */
@ApplicationScoped
public class PaknService {

    private final PaknDetails details;
    private final PaknCodes codes;
    private final ActionService actions;
    private final CurrentOfficer officer;
    private final Clock clock;
    private final PaknConfig config;

    PaknService(PaknDetails details, PaknCodes codes, ActionService actions, CurrentOfficer officer, Clock clock,
            PaknConfig config) {
        this.details = details;
        this.codes = codes;
        this.actions = actions;
        this.officer = officer;
        this.clock = clock;
        this.config = config;
    }

    /** The form's references, resolved and checked. */
    private record References(Category category, Channel channel, Unit reportedUnit) {
    }

    @WithTransaction
    public Uni<Long> create(PaknForm form) {
        Instant now = clock.instant();
        return references(form).chain(refs -> actions.initialStep()
                .chain(step -> Panache.getSession().chain(s -> s.find(Process.class, step.processId))
                        .chain(process -> codes.next(now).chain(code -> {
                            Pakn p = new Pakn();
                            p.code = code;
                            p.process = process;
                            p.currentStep = step;
                            p.status = PaknStatus.AWAITING_RECEPTION;
                            p.createdBy = officer.accountId();
                            p.createdAt = now;
                            p.updatedAt = now;
                            PaknHistory entry = PaknHistory.of(null, officer.accountId(), officer.name(),
                                    WorkflowAction.CREATE, now);
                            Changes changes = new Changes(entry, config.zone());
                            fill(p, form, refs, now, changes);
                            changes.record(HistoryField.STATUS, null, p.status.label());
                            changes.record(HistoryField.STEP, null, step.name);
                            return p.<Pakn>persist().chain(saved -> {
                                entry.paknId = saved.id;
                                return entry.persist().replaceWith(saved.id);
                            });
                        }))));
    }

    public Uni<PaknDetail> detail(long id) {
        return details.visible(id);
    }

    public Uni<PaknDetail> edit(long id, long version, PaknForm form) {
        return actions.act(id, WorkflowAction.EDIT, version, ActionRequest.EMPTY,
                (p, changes) -> references(form).invoke(refs -> fill(p, form, refs, p.reportedAt, changes))
                        .replaceWithVoid())
                .chain(() -> detail(id));
    }

    private Uni<References> references(PaknForm form) {
        return Panache.getSession().chain(s -> s.find(Category.class, form.categoryId())
                .chain(category -> s.find(Channel.class, form.channelId())
                        .chain(channel -> (form.reportedUnitId() == null ? Uni.createFrom().<Unit>nullItem()
                                : s.find(Unit.class, form.reportedUnitId()))
                                .map(unit -> {
                                    require(category, "categoryId");
                                    require(channel, "channelId");
                                    if (form.reportedUnitId() != null && unit == null) {
                                        throw ProblemException.invalidField("reportedUnitId", "pakn.unit-unknown");
                                    }
                                    return new References(category, channel, unit);
                                }))));
    }

    private static void require(CatalogEntry entry, String field) {
        if (entry == null || !entry.active) {
            throw ProblemException.invalidField(field, "pakn.catalog-unknown");
        }
    }

    /** Sets the form's fields, recording every change. */
    private static void fill(Pakn p, PaknForm f, References refs, Instant defaultReportedAt, Changes c) {
        p.title = c.track(HistoryField.TITLE, p.title, f.title().strip());
        p.content = c.track(HistoryField.CONTENT, p.content, f.content().strip());
        p.category = c.track(HistoryField.CATEGORY, p.category, refs.category(), e -> e.name);
        p.channel = c.track(HistoryField.CHANNEL, p.channel, refs.channel(), e -> e.name);
        p.requestType = c.track(HistoryField.REQUEST_TYPE, p.requestType, blankToNull(f.requestType()));
        p.occurredAt = c.track(HistoryField.OCCURRED_AT, p.occurredAt, f.occurredAt());
        p.reportedAt = c.track(HistoryField.REPORTED_AT, p.reportedAt,
                f.reportedAt() == null ? defaultReportedAt : f.reportedAt());
        p.locationText = c.track(HistoryField.LOCATION, p.locationText, blankToNull(f.locationText()));
        p.area = c.track(HistoryField.AREA, p.area, blankToNull(f.area()));
        String oldCoordinates = coordinates(p.latitude, p.longitude);
        c.track(HistoryField.COORDINATES, oldCoordinates, coordinates(f.latitude(), f.longitude()));
        p.latitude = f.latitude();
        p.longitude = f.longitude();
        p.reporterName = c.track(HistoryField.REPORTER_NAME, p.reporterName, blankToNull(f.reporterName()));
        p.reporterPhone = c.track(HistoryField.REPORTER_PHONE, p.reporterPhone, blankToNull(f.reporterPhone()));
        p.reporterIdNumber = c.track(HistoryField.REPORTER_ID_NUMBER, p.reporterIdNumber,
                blankToNull(f.reporterIdNumber()));
        p.reporterKind = c.track(HistoryField.REPORTER_KIND, p.reporterKind,
                f.reporterKind() == null ? ReporterKind.INDIVIDUAL : f.reporterKind(),
                k -> k == ReporterKind.INDIVIDUAL ? "Cá nhân" : "Tổ chức");
        p.reporterAddress = c.track(HistoryField.REPORTER_ADDRESS, p.reporterAddress, blankToNull(f.reporterAddress()));
        p.reporterEmail = c.track(HistoryField.REPORTER_EMAIL, p.reporterEmail, blankToNull(f.reporterEmail()));
        p.identityDisclosed = c.track(HistoryField.IDENTITY_DISCLOSED, p.identityDisclosed, f.identityDisclosed());
        p.published = c.track(HistoryField.PUBLIC, p.published, f.published());
        p.reportedUnit = c.track(HistoryField.REPORTED_UNIT, p.reportedUnit, refs.reportedUnit(), u -> u.name);
    }

    private static String coordinates(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : latitude + ", " + longitude;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
