package vn.pakn.unit.tree;

import vn.pakn.unit.Unit;
import vn.pakn.unit.UnitKind;

/** A unit as clients see it; the SPA builds the tree from {@code parentId}. */
public record UnitView(long id, String code, String name, UnitKind kind, Long parentId, boolean active,
        boolean requiresResultApproval, boolean requiresAppointmentApproval, long version) {

    public static UnitView of(Unit unit) {
        return new UnitView(unit.id, unit.code, unit.name, unit.kind, unit.parentId, unit.active,
                unit.requiresResultApproval, unit.requiresAppointmentApproval, unit.version);
    }
}
