package vn.pakn.unit.account;

import java.time.Instant;
import java.util.List;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.Unit;

/** An account as administrators see it; never the password hash. */
public record AccountView(long id, String phone, String fullName, String position, String email, UnitRef unit,
        List<Role> roles, boolean enabled, boolean passwordChangeRequired, long version, Instant createdAt) {

    /** The account's unit, enough to show it in a list. */
    public record UnitRef(long id, String code, String name) {
    }

    static AccountView of(Account account, Unit unit) {
        return new AccountView(account.id, account.phone, account.fullName, account.position, account.email,
                new UnitRef(unit.id, unit.code, unit.name), account.roles.stream().sorted().toList(),
                account.enabled, account.passwordChangeRequired, account.version, account.createdAt);
    }
}
