package vn.pakn.pakn;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The units an item is or was with (pakn_unit): they see it; the active ones work on it. Call inside a session.
 */
@ApplicationScoped
public class PaknUnits {

    /** How a unit stands to an item: MAIN or COORDINATING, and whether it still works on it. */
    public record Relation(String role, boolean active) {
    }

    public Uni<Optional<Relation>> relation(long paknId, long unitId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select role, active from pakn_unit where pakn_id = ?1 and unit_id = ?2", Object[].class)
                .setParameter(1, paknId).setParameter(2, unitId).getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new Relation((String) row[0], (Boolean) row[1])));
    }

    public Uni<List<PaknDetail.CoordinatingUnit>> activeCoordinators(long paknId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select u.id, u.name, pu.deadline, pu.answered_at"
                + " from pakn_unit pu join unit u on u.id = pu.unit_id"
                + " where pu.pakn_id = ?1 and pu.active and pu.role = 'COORDINATING' order by u.name", Object[].class).setParameter(1, paknId).getResultList())
                .map(rows -> rows.stream().map(row -> new PaknDetail.CoordinatingUnit(((Number) row[0]).longValue(),
                        (String) row[1], instant(row[2]), instant(row[3]))).toList());
    }

    /**
     * The item now works with this main unit and these coordinating units only. A unit that stays in its role keeps
     * what it did (a coordinator's opinion); one that joins, returns or changes role starts afresh.
     */
    public Uni<Void> assign(long paknId, long mainUnitId, List<Long> coordinatingUnitIds) {
        List<Long> staying = new ArrayList<>(coordinatingUnitIds);
        staying.add(mainUnitId);
        return Panache.getSession().chain(s -> s.createNativeQuery("update pakn_unit set active = false"
                + " where pakn_id = ?1 and active and unit_id <> all(cast(?2 as bigint[]))")
                .setParameter(1, paknId).setParameter(2, staying.toArray(Long[]::new)).executeUpdate())
                .chain(() -> upsert(paknId, List.of(mainUnitId), "MAIN"))
                .chain(() -> upsert(paknId, coordinatingUnitIds, "COORDINATING"));
    }

    public Uni<Void> deactivate(long paknId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("update pakn_unit set active = false"
                + " where pakn_id = ?1 and active").setParameter(1, paknId).executeUpdate()).replaceWithVoid();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    private Uni<Void> upsert(long paknId, List<Long> unitIds, String role) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into pakn_unit (pakn_id, unit_id, role,"
                + " active) select ?1, u, ?3, true from unnest(cast(?2 as bigint[])) as u"
                + " on conflict (pakn_id, unit_id) do update set role = excluded.role, active = true,"
                + " answered_at = case when pakn_unit.active and pakn_unit.role = excluded.role"
                + " then pakn_unit.answered_at end")
                .setParameter(1, paknId).setParameter(2, unitIds.toArray(Long[]::new)).setParameter(3, role)
                .executeUpdate()).replaceWithVoid();
    }
}
