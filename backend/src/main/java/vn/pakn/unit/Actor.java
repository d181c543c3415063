package vn.pakn.unit;

import io.vertx.core.http.HttpServerRequest;
import vn.pakn.auth.CurrentOfficer;

/** Who makes a change, for the audit log: a signed-in officer and their request, or the system itself. */
public record Actor(Long accountId, String label, HttpServerRequest request) {

    public static Actor of(CurrentOfficer officer, HttpServerRequest request) {
        return new Actor(officer.accountId(), officer.name(), request);
    }

    public static Actor system() {
        return new Actor(null, "system", null);
    }

    public boolean is(long otherAccountId) {
        return accountId != null && accountId == otherAccountId;
    }
}
