package vn.pakn.deadline.appointment;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.common.paging.SqlPages;
import vn.pakn.pakn.PaknStatus;

/** Appointments: the pending one of an item, an item's history of them, and the list "Phiếu hẹn xử lý". */
@ApplicationScoped
class AppointmentRepository {

    private static final String FROM = " from appointment a join pakn p on p.id = a.pakn_id";

    private final Pool pool;

    AppointmentRepository(Pool pool) {
        this.pool = pool;
    }

    /** Call inside the action's transaction. */
    Uni<Appointment> pending(long paknId) {
        return Appointment.<Appointment>find("paknId = ?1 and state = ?2", paknId, AppointmentState.PENDING)
                .firstResult();
    }

    @WithSession
    Uni<List<Appointment>> ofItem(long paknId) {
        return Appointment.list("paknId = ?1 order by createdAt desc, id desc", paknId);
    }

    /**
     * A page of slips, newest first. {@code unitId} null: every unit's. Each filter keeps an index of V30 usable:
     * (unit_id[, state], created_at desc, id desc) or (state, created_at desc, id desc).
     */
    Uni<PageResponse<AppointmentRow>> page(Long unitId, AppointmentQueryParams.Query query) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (unitId != null) {
            params.add(unitId);
            where.add("a.unit_id = $" + params.size());
        }
        if (query.state() != null) {
            params.add(query.state().name());
            where.add("a.state = $" + params.size());
        }
        if (query.keyword() != null) {
            params.add("%" + query.keyword().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            String n = "$" + params.size();
            where.add("(immutable_unaccent(lower(p.title)) like immutable_unaccent(" + n + ") or lower(p.code) like "
                    + n + ")");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String select = "select a.id, a.pakn_id, p.code, p.title, c.name as category_name, p.reported_at,"
                + " p.location_text, s.name as task, p.status, a.state, a.new_deadline, a.old_deadline, a.reason,"
                + " a.requested_by_name, a.created_at" + FROM
                + " join process_step s on s.id = p.current_step_id join category c on c.id = p.category_id"
                + filter + " order by a.created_at desc, a.id desc";
        return SqlPages.page(pool, select, "select 1" + FROM + filter, Tuple.from(params), query.page() - 1,
                query.size(), AppointmentRepository::row)
                .map(page -> new PageResponse<>(page.items(), query.page(), page.size(), page.total(),
                        page.totalExact()));
    }

    private static AppointmentRow row(Row row) {
        PaknStatus status = PaknStatus.valueOf(row.getString("status"));
        AppointmentState state = AppointmentState.valueOf(row.getString("state"));
        return new AppointmentRow(row.getLong("id"), row.getLong("pakn_id"), row.getString("code"),
                row.getString("title"), row.getString("category_name"), instant(row.getOffsetDateTime("reported_at")),
                row.getString("location_text"), row.getString("task"), status.name(), status.label(), state,
                state.label(), instant(row.getOffsetDateTime("new_deadline")),
                instant(row.getOffsetDateTime("old_deadline")), row.getString("reason"),
                row.getString("requested_by_name"), instant(row.getOffsetDateTime("created_at")));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
