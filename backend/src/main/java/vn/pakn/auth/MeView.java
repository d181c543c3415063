package vn.pakn.auth;

import java.util.List;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.Unit;
import vn.pakn.unit.UnitKind;

/** The signed-in officer, for the SPA's shell (name, unit, menu by roles). */
public record MeView(long id, String phone, String fullName, String position, String email, UnitRef unit,
        List<Role> roles, boolean passwordChangeRequired) {

    public record UnitRef(long id, String code, String name, UnitKind kind) {
    }

    static MeView of(Account account, Unit unit) {
        return new MeView(account.id, account.phone, account.fullName, account.position, account.email,
                new UnitRef(unit.id, unit.code, unit.name, unit.kind), account.roles.stream().sorted().toList(),
                account.passwordChangeRequired);
    }
}
