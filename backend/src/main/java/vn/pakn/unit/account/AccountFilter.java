package vn.pakn.unit.account;

import vn.pakn.unit.Role;

/** Criteria of the account list; null means "any". */
public record AccountFilter(String q, Long unitId, Role role, Boolean enabled) {
}
