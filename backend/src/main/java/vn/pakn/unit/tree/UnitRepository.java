package vn.pakn.unit.tree;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditEvent;
import vn.pakn.unit.Unit;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, Long> {

    public Uni<Boolean> codeTaken(String code) {
        return count("code", code).map(n -> n > 0);
    }

    public Uni<Unit> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** Whether the audit log shows anything done to the unit after it was created. */
    public Uni<Boolean> hasHistory(long id) {
        return AuditEvent.count("targetType = ?1 and targetId = ?2 and action <> ?3", UnitService.AUDIT_TARGET,
                Long.toString(id), AuditAction.UNIT_CREATED.name()).map(n -> n > 0);
    }

    /**
     * Serialises changes to the shape of the tree until the transaction ends: two moves checked for cycles at the
     * same time could each pass and together close a loop. Reads go on meanwhile.
     */
    public Uni<Void> lockTree() {
        return getSession().chain(session -> session
                .createNativeQuery("lock table unit in share row exclusive mode").executeUpdate())
                .replaceWithVoid();
    }
}
