package vn.pakn.pakn;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.error.ProblemException;

/**
 * The detail of a PAKN as one SQL query on the reactive pool — the item, its names, its coordinating units and the
 * unit check (404 for an item of another unit) together — because it is the most read page: through Hibernate
 * Reactive it took a session, the entity graph and a second query for the coordinators.
 */
@ApplicationScoped
public class PaknDetails {

    private static final String DETAIL = """
            select p.id, p.code, p.title, p.content, p.category_id, c.name c_name, p.channel_id, ch.name ch_name,
              p.request_type, p.occurred_at, p.reported_at, p.location_text, p.area, p.latitude, p.longitude,
              p.reporter_name, p.reporter_phone, p.reporter_id_number, p.reporter_kind, p.reporter_address,
              p.reporter_email, p.identity_disclosed, p.is_public, p.reported_unit_id, ru.name ru_name, p.process_id,
              pr.name pr_name, p.current_step_id, s.code s_code, s.name s_name, s.kind s_kind, p.status,
              p.main_unit_id, mu.name mu_name, p.handler_id, h.full_name h_name, h.position h_position,
              h.unit_id h_unit_id, p.return_reason, p.deadline, p.progress, p.result_unit_id, rsu.name rsu_name,
              p.result_content, p.result_public, p.result_approved, p.result_approved_by, ab.full_name ab_name,
              p.result_approved_at, p.version, p.created_at, p.updated_at, p.rating, p.rating_comment, p.rated_at,
              (select json_agg(json_build_array(u.id, u.name, pu.deadline, pu.answered_at) order by u.name) from pakn_unit pu
                join unit u on u.id = pu.unit_id
                where pu.pakn_id = p.id and pu.active and pu.role = 'COORDINATING') coordinators
            from pakn p join category c on c.id = p.category_id join channel ch on ch.id = p.channel_id
              join process pr on pr.id = p.process_id join process_step s on s.id = p.current_step_id
              left join unit mu on mu.id = p.main_unit_id left join account h on h.id = p.handler_id
              left join unit ru on ru.id = p.reported_unit_id left join unit rsu on rsu.id = p.result_unit_id
              left join account ab on ab.id = p.result_approved_by
            where p.id = $1
              and ($2 or exists (select 1 from pakn_unit v where v.pakn_id = p.id and v.unit_id = $3))""";

    private final Pool pool;
    private final CurrentOfficer officer;
    private final PaknAccess access;

    PaknDetails(Pool pool, CurrentOfficer officer, PaknAccess access) {
        this.pool = pool;
        this.officer = officer;
        this.access = access;
    }

    /** The detail, or 404 when there is no such item or it is another unit's. */
    public Uni<PaknDetail> visible(long id) {
        boolean allUnits = officer.seesAllUnits();
        return pool.preparedQuery(DETAIL).execute(Tuple.of(id, allUnits, allUnits ? 0L : officer.unitId()))
                .map(rows -> {
                    RowIterator<Row> iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        throw ProblemException.notFound();
                    }
                    return detail(iterator.next());
                });
    }

    private PaknDetail detail(Row r) {
        boolean disclosed = r.getBoolean("identity_disclosed");
        String kind = r.getString("reporter_kind");
        PaknDetail.Reporter reporter = disclosed || access.seesHiddenReporters()
                ? new PaknDetail.Reporter(r.getString("reporter_name"), r.getString("reporter_phone"),
                        r.getString("reporter_id_number"), kind, r.getString("reporter_address"),
                        r.getString("reporter_email"), false)
                : new PaknDetail.Reporter(null, null, null, kind, null, null, true);
        PaknDetail.Result result = new PaknDetail.Result(ref(r, "result_unit_id", "rsu_name"),
                r.getString("result_content"), r.getBoolean("result_public"), r.getBoolean("result_approved"),
                ref(r, "result_approved_by", "ab_name"), instant(r, "result_approved_at"));
        PaknDetail.Handler handler = r.getLong("handler_id") == null ? null : new PaknDetail.Handler(
                r.getLong("handler_id"), r.getString("h_name"), r.getString("h_position"), r.getLong("h_unit_id"));
        PaknStatus status = PaknStatus.valueOf(r.getString("status"));
        return new PaknDetail(r.getLong("id"), r.getString("code"), r.getString("title"), r.getString("content"),
                ref(r, "category_id", "c_name"), ref(r, "channel_id", "ch_name"), r.getString("request_type"),
                instant(r, "occurred_at"), instant(r, "reported_at"), r.getString("location_text"), r.getString("area"),
                r.getDouble("latitude"), r.getDouble("longitude"), reporter, disclosed, r.getBoolean("is_public"),
                ref(r, "reported_unit_id", "ru_name"), ref(r, "process_id", "pr_name"),
                new PaknDetail.StepRef(r.getLong("current_step_id"), r.getString("s_code"), r.getString("s_name"),
                        r.getString("s_kind")),
                status.name(), status.label(), ref(r, "main_unit_id", "mu_name"), coordinators(r), handler,
                r.getString("return_reason"), instant(r, "deadline"), r.getString("progress"), result,
                r.getLong("version"), instant(r, "created_at"), instant(r, "updated_at"), r.getString("rating"),
                r.getString("rating") == null ? null : Rating.valueOf(r.getString("rating")).label(),
                r.getString("rating_comment"), instant(r, "rated_at"));
    }

    private static List<PaknDetail.CoordinatingUnit> coordinators(Row r) {
        Object value = r.getValue("coordinators");
        if (value == null) {
            return List.of();
        }
        JsonArray units = value instanceof JsonArray array ? array : new JsonArray(value.toString());
        List<PaknDetail.CoordinatingUnit> coordinators = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            JsonArray unit = units.getJsonArray(i);
            coordinators.add(new PaknDetail.CoordinatingUnit(unit.getLong(0), unit.getString(1),
                    jsonInstant(unit.getString(2)), jsonInstant(unit.getString(3))));
        }
        return coordinators;
    }

    private static Instant jsonInstant(String value) {
        return value == null ? null : OffsetDateTime.parse(value).toInstant();
    }

    private static PaknDetail.Ref ref(Row r, String idColumn, String nameColumn) {
        Long id = r.getLong(idColumn);
        return id == null ? null : new PaknDetail.Ref(id, r.getString(nameColumn));
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime time = r.getOffsetDateTime(column);
        return time == null ? null : time.toInstant();
    }
}
