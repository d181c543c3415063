package vn.pakn.unit.tree;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditLog;
import vn.pakn.common.error.ProblemException;
import vn.pakn.unit.Actor;
import vn.pakn.unit.Changes;
import vn.pakn.unit.DatabaseErrors;
import vn.pakn.unit.Unit;
import vn.pakn.unit.Versions;

/** The org tree: units are created, renamed, moved and deactivated; deleted only while nothing refers to them. */
@ApplicationScoped
public class UnitService {

    static final String AUDIT_TARGET = "UNIT";

    private final UnitRepository units;
    private final AuditLog audit;
    private final Clock clock;

    public UnitService(UnitRepository units, AuditLog audit, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<UnitView>> list(boolean includeInactive) {
        return units.listAll().map(all -> UnitTreeOrder.sort(all).stream()
                .filter(unit -> includeInactive || unit.active)
                .map(UnitView::of)
                .toList());
    }

    @WithSession
    public Uni<UnitView> get(long id) {
        return find(id).map(UnitView::of);
    }

    /** A unit that exists and is active, or a 400 field error on {@code field}. */
    public Uni<Unit> requireActive(Long id, String field) {
        return units.findById(id).invoke(unit -> {
            if (unit == null) {
                throw ProblemException.invalidField(field, "unit-not-found");
            }
            if (!unit.active) {
                throw ProblemException.invalidField(field, "unit-inactive");
            }
        });
    }

    @WithTransaction
    public Uni<UnitView> create(CreateUnitRequest request, Actor actor) {
        String code = request.code().trim().toUpperCase(Locale.ROOT);
        return units.codeTaken(code)
                .invoke(taken -> {
                    if (taken) {
                        throw ProblemException.conflict("unit-code-taken", code);
                    }
                })
                .chain(() -> request.parentId() == null ? Uni.createFrom().voidItem()
                        : requireActive(request.parentId(), "parentId").replaceWithVoid())
                .map(ignored -> Unit.create(code, request.name().trim(), request.kind(), request.parentId(),
                        Boolean.TRUE.equals(request.requiresResultApproval()), clock.instant()))
                .invoke(unit -> unit.requiresAppointmentApproval = Boolean.TRUE.equals(
                        request.requiresAppointmentApproval()))
                .chain(units::persist)
                .call(unit -> record(AuditAction.UNIT_CREATED, unit, actor, snapshot(unit)))
                .map(UnitView::of);
    }

    @WithTransaction
    public Uni<UnitView> update(long id, UpdateUnitRequest request, Actor actor) {
        return find(id).chain(unit -> {
            Versions.require(unit.version, request.version());
            Changes changes = new Changes()
                    .field("name", unit.name, request.name().trim())
                    .field("kind", unit.kind.name(), request.kind().name())
                    .field("requiresResultApproval", unit.requiresResultApproval, request.requiresResultApproval());
            if (request.requiresAppointmentApproval() != null) {
                changes.field("requiresAppointmentApproval", unit.requiresAppointmentApproval,
                        request.requiresAppointmentApproval());
                unit.requiresAppointmentApproval = request.requiresAppointmentApproval();
            }
            unit.name = request.name().trim();
            unit.kind = request.kind();
            unit.requiresResultApproval = request.requiresResultApproval();
            return saved(unit, AuditAction.UNIT_UPDATED, changes, actor);
        });
    }

    @WithTransaction
    public Uni<UnitView> move(long id, MoveUnitRequest request, Actor actor) {
        return units.lockTree()
                .chain(() -> find(id))
                .invoke(unit -> Versions.require(unit.version, request.version()))
                .call(unit -> request.parentId() == null ? Uni.createFrom().voidItem()
                        : requireActive(request.parentId(), "parentId").chain(parent -> refuseCycle(unit, parent)))
                .chain(unit -> {
                    Changes changes = new Changes().field("parentId", unit.parentId, request.parentId());
                    unit.parentId = request.parentId();
                    return saved(unit, AuditAction.UNIT_MOVED, changes, actor);
                });
    }

    @WithTransaction
    public Uni<UnitView> deactivate(long id, Actor actor) {
        return find(id).chain(unit -> setActive(unit, false, AuditAction.UNIT_DEACTIVATED, actor));
    }

    @WithTransaction
    public Uni<UnitView> activate(long id, Actor actor) {
        return find(id).chain(unit -> setActive(unit, true, AuditAction.UNIT_UPDATED, actor));
    }

    /**
     * Deletes a unit made by mistake. Anything that refers to it (accounts, child units, and whatever later features
     * point at units) makes the database refuse, as does any audit history beyond its creation.
     */
    @WithTransaction
    public Uni<Void> delete(long id, Actor actor) {
        return find(id).call(unit -> units.hasHistory(id).invoke(used -> {
            if (used) {
                throw ProblemException.conflict("unit-in-use");
            }
        }))
                .call(unit -> units.delete(unit).chain(units::flush)
                        .onFailure(DatabaseErrors::isForeignKeyViolation)
                        .transform(e -> ProblemException.conflict("unit-in-use")))
                .call(unit -> record(AuditAction.UNIT_DELETED, unit, actor, snapshot(unit)))
                .replaceWithVoid();
    }

    private Uni<Unit> find(long id) {
        return units.findById(id).onItem().ifNull().failWith(ProblemException::notFound);
    }

    private Uni<Void> refuseCycle(Unit unit, Unit newParent) {
        return units.listAll().invoke(all -> {
            Map<Long, Long> parents = all.stream().filter(u -> u.parentId != null)
                    .collect(Collectors.toMap(u -> u.id, u -> u.parentId));
            for (Long ancestor = newParent.id; ancestor != null; ancestor = parents.get(ancestor)) {
                if (ancestor.equals(unit.id)) {
                    throw ProblemException.conflict("unit-cycle");
                }
            }
        }).replaceWithVoid();
    }

    private Uni<UnitView> setActive(Unit unit, boolean active, AuditAction action, Actor actor) {
        Changes changes = new Changes().field("active", unit.active, active);
        unit.active = active;
        return saved(unit, action, changes, actor);
    }

    /** Flushes so that the answer carries the new version; records the change when there was one. */
    private Uni<UnitView> saved(Unit unit, AuditAction action, Changes changes, Actor actor) {
        if (changes.details().isEmpty()) {
            return Uni.createFrom().item(UnitView.of(unit));
        }
        unit.updatedAt = clock.instant();
        return units.flush()
                .chain(() -> record(action, unit, actor, changes.details()))
                .map(ignored -> UnitView.of(unit));
    }

    private Uni<Void> record(AuditAction action, Unit unit, Actor actor, Map<String, Object> details) {
        return audit.record(action, actor.accountId(), actor.label(), AUDIT_TARGET, unit.id, actor.request(),
                details);
    }

    private static Map<String, Object> snapshot(Unit unit) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", unit.code);
        details.put("name", unit.name);
        details.put("kind", unit.kind.name());
        details.put("parentId", unit.parentId);
        return details;
    }
}
